import type { ExplanationRow } from '@/lib/sim/ecs/placement/explain';
import { placeTasks } from '@/lib/sim/ecs/placement/place-tasks';
import { unableToPlaceMessage } from '@/lib/sim/ecs/placement/unable-to-place';
import type { PlacementRecord } from '@/lib/sim/ecs/types';
import { serviceOfGroup } from './placement-summary';

export interface UnableReason {
  /** Who says it: the service's event, or RunTask's `failures[]`. */
  readonly source: 'service event' | 'RunTask failure';
  readonly text: string;
}

/**
 * When no instance could take the first task: what ECS itself said, recomputed from the record.
 * A service posts the "unable to place" event (§4.4); RunTask answers a failure reason (§3.3),
 * which placeTasks produces from the same candidates and PRNG state. Null when a row was chosen
 * or ranked.
 */
export function unableReason(record: PlacementRecord, rows: readonly ExplanationRow[]): UnableReason | null {
  if (rows.some((row) => row.verdict !== 'filtered')) return null;
  const service = serviceOfGroup(record.request.group);
  if (service !== null) {
    const message = unableToPlaceMessage(service, rows);
    return message === null ? null : { source: 'service event', text: message };
  }
  const failure = placeTasks(record.candidates, { ...record.request, count: 1 }, record.rngBefore)
    .failures[0];
  if (failure === undefined) return null;
  const where =
    failure.detail ??
    (failure.containerInstanceId === undefined ? '' : `container instance ${failure.containerInstanceId}`);
  return { source: 'RunTask failure', text: where === '' ? failure.reason : `${failure.reason} (${where})` };
}
