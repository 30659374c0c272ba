'use client';

import type { ReactNode } from 'react';
import { useSim, useSimStore } from './sim-context';
import { openShareLink } from './use-share-link';
import { StatusIcon } from '@/components/ui/status-icon';

/** The banner's look, for a simulator with a store and for the side-by-side, which has none. */
export function LinkProblemNotice({ message, children }: { message: string; children: ReactNode }) {
  return (
    <div
      role="alert"
      className="flex flex-wrap items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <StatusIcon status="warning" className="mt-0.5 size-5 text-amber-600 dark:text-amber-400" />
      <p className="min-w-0 flex-1">{message}</p>
      <div className="flex gap-2">{children}</div>
    </div>
  );
}

/** Says why a share link could not be opened as it was; the simulator below starts clean. */
export function LinkProblemBanner() {
  const problem = useSim((state) => state.linkProblem);
  const setLinkProblem = useSim((state) => state.setLinkProblem);
  const store = useSimStore();
  if (!problem) return null;
  return (
    <LinkProblemNotice
      message={`${problem.message}${problem.openAnywayHash ? '' : ' The simulator below starts fresh.'}`}
    >
      {problem.openAnywayHash && (
        <button
          type="button"
          onClick={() => openShareLink(store, problem.openAnywayHash!, true)}
          className="rounded-md border border-current px-3 py-1.5 text-sm font-medium"
        >
          Open it anyway
        </button>
      )}
      <button
        type="button"
        onClick={() => setLinkProblem(null)}
        className="px-2 py-1.5 text-sm font-medium underline"
      >
        {problem.openAnywayHash ? 'Start fresh' : 'Dismiss'}
      </button>
    </LinkProblemNotice>
  );
}
