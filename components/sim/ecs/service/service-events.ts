import type { ServiceEvent } from '@/lib/sim/ecs/types';

/** How many events a panel shows before "Show all N events". */
export const LATEST_EVENTS = 5;

/** The events to show, most recent first as ECS keeps them (§4.4). */
export function shownEvents(events: readonly ServiceEvent[], showAll: boolean): readonly ServiceEvent[] {
  return showAll ? events : events.slice(0, LATEST_EVENTS);
}
