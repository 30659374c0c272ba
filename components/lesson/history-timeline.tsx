'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { cn } from '@/lib/cn';

export interface HistoryEvent {
  year: number;
  title: string;
  text: string;
}

/** A timeline the learner steps through: years as tabs on a line (arrow keys move), details below. */
export function HistoryTimeline({ events }: { events: HistoryEvent[] }) {
  const [selected, setSelected] = useState(0);
  const baseId = useId();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const current = events[selected];

  function select(index: number) {
    const next = (index + events.length) % events.length;
    setSelected(next);
    tabs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: selected + 1,
      ArrowDown: selected + 1,
      ArrowLeft: selected - 1,
      ArrowUp: selected - 1,
      Home: 0,
      End: events.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  }

  if (!current) return null;
  return (
    <figure className="wide my-8 rounded-2xl border border-[var(--border)] p-4 sm:p-6">
      <figcaption className="text-sm text-[var(--fg-soft)]">
        Step through the history: select a year, or use the arrow keys.
      </figcaption>
      <div
        role="tablist"
        aria-label="Container history"
        onKeyDown={onKeyDown}
        className="relative mt-4 flex gap-1 overflow-x-auto pb-2"
      >
        <span aria-hidden="true" className="absolute top-[1.1rem] right-4 left-4 h-0.5 bg-[var(--border)]" />
        {events.map((event, index) => (
          <button
            key={`${event.year}-${event.title}`}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            role="tab"
            type="button"
            id={`${baseId}-tab-${index}`}
            aria-selected={index === selected}
            aria-controls={`${baseId}-panel`}
            tabIndex={index === selected ? 0 : -1}
            onClick={() => setSelected(index)}
            className="relative flex min-w-[4.5rem] flex-col items-center gap-1 rounded-md px-2 py-1"
          >
            <span
              aria-hidden="true"
              className={cn(
                'size-4 rounded-full border-2',
                index === selected
                  ? 'border-accent-700 bg-accent-600 dark:border-accent-300 dark:bg-accent-400'
                  : 'border-[var(--fg-soft)] bg-[var(--bg)]',
              )}
            />
            <span
              className={cn(
                'text-sm tabular-nums',
                index === selected ? 'font-bold' : 'text-[var(--fg-soft)]',
              )}
            >
              {event.year}
            </span>
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${selected}`}
        className="mt-3 min-h-[7rem] rounded-xl bg-[var(--bg-soft)] p-4"
      >
        <p className="text-sm text-[var(--fg-soft)]">
          {current.year} · {selected + 1} of {events.length}
        </p>
        <p className="mt-1 text-lg font-semibold">{current.title}</p>
        <p className="mt-2">{current.text}</p>
      </div>
      <div className="mt-3 flex justify-between">
        <button
          type="button"
          onClick={() => select(selected - 1)}
          disabled={selected === 0}
          className="rounded-md px-3 py-2 text-sm font-medium disabled:opacity-40"
        >
          Earlier
        </button>
        <button
          type="button"
          onClick={() => select(selected + 1)}
          disabled={selected === events.length - 1}
          className="rounded-md px-3 py-2 text-sm font-medium disabled:opacity-40"
        >
          Later
        </button>
      </div>
    </figure>
  );
}
