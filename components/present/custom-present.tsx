'use client';

import Link from 'next/link';
import { AudienceView } from './audience-view';
import { PresenterView } from './presenter-view';
import { useCustomScenario } from './custom-scenario';

/** /present/custom and /present/custom/presenter: the scenario an instructor opened from a file. */
export function CustomPresent({ role }: { role: 'presenter' | 'audience' }) {
  const stored = useCustomScenario();
  if (stored.kind === 'loading') return <p className="px-4 py-10 text-center">Opening your scenario…</p>;
  if (stored.kind !== 'ok') {
    return (
      <div role="alert" className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-2xl font-bold">No scenario to present</h1>
        <p className="mt-2">
          {stored.kind === 'missing'
            ? 'This browser has no scenario opened from a file. Open one on the Present page.'
            : 'The scenario saved in this browser is damaged and cannot be shown. Open the file again on the Present page.'}
        </p>
        <Link
          href="/present/"
          className="text-accent-700 dark:text-accent-300 mt-4 inline-block font-medium underline"
        >
          Back to Present
        </Link>
      </div>
    );
  }
  return role === 'presenter' ? (
    <PresenterView scenario={stored.scenario} custom />
  ) : (
    <AudienceView scenario={stored.scenario} custom />
  );
}
