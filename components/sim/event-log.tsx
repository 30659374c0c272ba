'use client';

import { useEffect, useId, useRef } from 'react';
import type { SimEvent } from '@/lib/sim/core/types';
import { useSim } from './sim-context';
import { formatSimTime } from './format-time';
import { StatusIcon, type Status } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';

const levelIcon: Record<SimEvent['level'], Status> = {
  info: 'todo',
  success: 'done',
  warning: 'warning',
  error: 'wrong',
};
const levelColour: Record<SimEvent['level'], string> = {
  info: 'text-[var(--fg-soft)]',
  success: 'text-accent-600 dark:text-accent-300',
  warning: 'text-amber-600 dark:text-amber-400',
  error: 'text-red-600 dark:text-red-400',
};
const VISIBLE = 80;

/** The event log, newest last. It is a live region, so screen readers hear what happens. */
export function EventLog() {
  const events = useSim((state) => state.session.events);
  const listRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = events.slice(-VISIBLE);

  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [events.length]);

  return (
    <section role="group" aria-labelledby={titleId} className="flex min-h-0 min-w-0 flex-col">
      <h3 id={titleId} className="mb-2 text-sm font-semibold">
        Events <span className="font-normal text-[var(--fg-soft)]">({events.length})</span>
      </h3>
      <div
        ref={listRef}
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        tabIndex={0}
        aria-label="Simulator events"
        className="h-64 overflow-y-auto rounded-lg border border-[var(--border)] bg-[var(--bg)] p-2 text-sm sm:text-[0.9375rem] lg:h-72"
      >
        {events.length === 0 && (
          <p className="p-2 text-[var(--fg-soft)]">Nothing has happened yet. Run a command or press play.</p>
        )}
        {shown.map((event, index) => (
          <p key={`${events.length - shown.length + index}`} className="flex gap-2 px-1 py-1">
            <span className="font-mono text-sm leading-6 text-[var(--fg-soft)] tabular-nums">
              {formatSimTime(event.at)}
            </span>
            <StatusIcon
              status={levelIcon[event.level]}
              className={cn('mt-0.5 size-4', levelColour[event.level])}
            />
            <span className="min-w-0 break-words">{event.message}</span>
          </p>
        ))}
      </div>
    </section>
  );
}
