'use client';

import { dismissProgressNotice, progressLib, readQuarantined, type ProgressSnapshot } from './progress-store';
import { downloadText } from './download';
import { StatusIcon } from '@/components/ui/status-icon';

/** Tells the learner when saved progress was damaged or migrated, and offers the old data. */
export function ProgressNoticeBanner({ snapshot }: { snapshot: ProgressSnapshot & { notice: string } }) {
  const quarantined = readQuarantined();
  return (
    <div role="alert" className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start gap-3 px-4 py-3 sm:px-6">
        <StatusIcon status="warning" className="mt-0.5 size-5 text-amber-600 dark:text-amber-400" />
        <p className="min-w-0 flex-1">{snapshot.notice}</p>
        <div className="flex gap-2">
          {quarantined !== null && (
            <button
              type="button"
              onClick={() =>
                downloadText('dockyard-progress-recovered.json', progressLib().exportProgress(snapshot.progress, [quarantined]))
              }
              className="rounded-md border border-current px-3 py-1.5 text-sm font-medium"
            >
              Download the old data
            </button>
          )}
          <button type="button" onClick={dismissProgressNotice} className="rounded-md px-3 py-1.5 text-sm font-medium underline">
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
