'use client';

import { useSim } from './sim-context';
import { StatusIcon } from '@/components/ui/status-icon';

/** Says why a share link could not be opened as it was; the simulator below starts clean. */
export function LinkProblemBanner() {
  const problem = useSim((state) => state.linkProblem);
  const dismiss = useSim((state) => state.setLinkProblem);
  if (!problem) return null;
  return (
    <div role="alert" className="flex flex-wrap items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <StatusIcon status="warning" className="mt-0.5 size-5 text-amber-600 dark:text-amber-400" />
      <p className="min-w-0 flex-1">{problem}</p>
      <button type="button" onClick={() => dismiss(null)} className="text-sm font-medium underline">
        Dismiss
      </button>
    </div>
  );
}
