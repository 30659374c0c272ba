'use client';

import { useId, useState } from 'react';
import type { ServiceEvent } from '@/lib/sim/ecs/types';
import { formatSimTime } from '../../format-time';
import { LATEST_EVENTS, shownEvents } from './service-events';

/** The service's events in ECS's own words, most recent first, the latest few unless asked. */
export function ServiceEventLog({
  events,
  serviceName,
}: {
  events: readonly ServiceEvent[];
  serviceName: string;
}) {
  const [showAll, setShowAll] = useState(false);
  const listId = useId();
  if (events.length === 0) return <p className="text-[var(--fg-soft)]">No events yet.</p>;
  return (
    <div>
      <ol
        id={listId}
        aria-label={`Events of service ${serviceName}, most recent first`}
        className="space-y-1"
      >
        {shownEvents(events, showAll).map((event) => (
          <li key={event.id} className="flex gap-3">
            <span className="shrink-0 font-mono leading-6 text-[var(--fg-soft)] tabular-nums">
              {formatSimTime(event.createdAt)}
            </span>
            <span className="min-w-0 break-words">{event.message}</span>
          </li>
        ))}
      </ol>
      {events.length > LATEST_EVENTS && (
        <button
          type="button"
          aria-expanded={showAll}
          aria-controls={listId}
          onClick={() => setShowAll((value) => !value)}
          className="text-accent-700 dark:text-accent-300 mt-2 rounded font-semibold underline underline-offset-2 hover:no-underline"
        >
          {showAll ? `Show the latest ${LATEST_EVENTS} only` : `Show all ${events.length} events`}
        </button>
      )}
    </div>
  );
}
