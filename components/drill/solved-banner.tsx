import { StatusIcon } from '@/components/ui/status-icon';
import { formatSolvedDate, type DrillStatus } from './drill-state';

/** "Solved" the moment every goal is met (announced politely), or a note of an earlier solve. */
export function SolvedBanner({ status, saved }: { status: DrillStatus; saved: boolean }) {
  return (
    <div aria-live="polite">
      {status.kind === 'solved' && (
        <div className="border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/40 flex items-start gap-3 rounded-lg border-2 p-3">
          <StatusIcon status="done" className="text-accent-700 dark:text-accent-300 mt-0.5 size-7" />
          <div>
            <p className="text-lg font-semibold">Solved</p>
            <p>Every goal is met.{saved ? ' Saved in this browser’s progress.' : ''}</p>
          </div>
        </div>
      )}
      {status.kind === 'solved-before' && (
        <p className="flex items-center gap-2 text-sm text-[var(--fg-soft)]">
          <StatusIcon status="done" className="text-accent-700 dark:text-accent-300 size-4" />
          You solved this drill on {formatSolvedDate(status.solvedAt)}. Solve it again any time.
        </p>
      )}
    </div>
  );
}
