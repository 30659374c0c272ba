'use client';

import { StatusIcon } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';

export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  return `${hours > 0 ? `${hours}:` : ''}${mm}:${String(seconds).padStart(2, '0')}`;
}

/**
 * Time left, amber with a warning symbol and words in the last five minutes. In those five the
 * live region's text changes once a minute, so a screen reader hears each minute once.
 */
export function Countdown({ remainingMs, runningOut }: { remainingMs: number; runningOut: boolean }) {
  const minutesLeft = Math.ceil(remainingMs / 60_000);
  return (
    <div
      className={cn(
        'flex items-center gap-2 rounded-lg border-2 px-3 py-1.5 font-mono text-lg font-semibold tabular-nums',
        runningOut
          ? 'border-amber-600 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-200'
          : 'border-[var(--border)]',
      )}
    >
      {runningOut && <StatusIcon status="warning" className="size-5" />}
      <span role="timer" aria-label="Time left">
        {formatClock(remainingMs)}
      </span>
      <span className="sr-only" aria-live="polite">
        {runningOut ? `${minutesLeft} ${minutesLeft === 1 ? 'minute' : 'minutes'} left` : ''}
      </span>
      {runningOut && <span className="font-sans text-sm">left</span>}
    </div>
  );
}
