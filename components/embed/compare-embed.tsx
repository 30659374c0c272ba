'use client';

import { useState } from 'react';
import { compareViewAfter } from '@/lib/present/compare-view';
import { fullSimulatorAddress } from '@/lib/embed/embed-address';
import type { EmbedPlacement } from '@/components/sim/embed-context';
import { ComputeComparison } from '@/components/sim/cost/compute-comparison-lazy';
import { LinkProblemNotice } from '@/components/sim/link-problem-banner';

/**
 * The side-by-side of compute options, embedded: at its opening view, or where a talk on it
 * (`?scenario=ID&step=N`) has got to. It keeps no state in its address, so "Open in Dockyard" opens
 * its page as it opens.
 */
export function CompareEmbed({ placement }: { placement: EmbedPlacement }) {
  const [problem, setProblem] = useState(placement.start.problem ?? null);
  const { scenario } = placement;
  const view =
    scenario === undefined ? undefined : compareViewAfter(scenario, placement.start.scenario?.step ?? 0);
  return (
    <div className="min-h-dvh">
      <header className="flex flex-wrap items-center gap-x-2 gap-y-1 border-b border-[var(--border)] bg-[var(--bg)] px-3 py-1.5">
        <h1 className="min-w-[min(100%,16rem)] flex-1 text-base font-semibold">
          Choosing your compute{scenario && ` · scenario: ${scenario.title}`}
        </h1>
        <a
          href={fullSimulatorAddress('compare')}
          target="_blank"
          rel="noopener"
          className="text-accent-700 dark:text-accent-300 flex h-9 items-center rounded-lg px-2.5 text-sm font-medium underline-offset-2 hover:bg-[var(--bg-soft)] hover:underline"
        >
          Open in Dockyard <span aria-hidden="true">&nbsp;↗</span>
          <span className="sr-only"> (opens in a new tab)</span>
        </a>
      </header>
      {problem !== null && (
        <LinkProblemNotice message={problem}>
          <button
            type="button"
            onClick={() => setProblem(null)}
            className="px-2 py-1.5 text-sm font-medium underline"
          >
            Dismiss
          </button>
        </LinkProblemNotice>
      )}
      {/* The comparison's own margin suits a lesson's prose; in a frame of its own it sits closer. */}
      <div className="px-3 sm:px-4 [&>div>section]:my-3">
        <ComputeComparison headingLevel={2} initial={view?.input} initialMinute={view?.minute} />
      </div>
    </div>
  );
}
