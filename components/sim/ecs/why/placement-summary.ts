import { effectiveStrategies } from '@/lib/sim/ecs/placement/rank';
import type { EcsState, PlacementRecord } from '@/lib/sim/ecs/types';
import { formatSimTime } from '../../format-time';
import { constraintText, countWord, strategiesText, taskDefinitionLabel } from '../service/service-words';

/** `service:web` → "service web", `family:web` → "family web". */
export function groupWords(group: string): string {
  const colon = group.indexOf(':');
  return colon === -1 ? group : `${group.slice(0, colon)} ${group.slice(colon + 1)}`;
}

/** The service a placement was for (`service:NAME` groups), or null for standalone tasks. */
export function serviceOfGroup(group: string): string | null {
  return group.startsWith('service:') ? group.slice('service:'.length) : null;
}

/**
 * The task definition the placement was for: the request does not carry it, but the tasks it
 * created do (same cluster, group and creation time). Null when none could be placed.
 */
export function placedTaskDefinition(record: PlacementRecord, tasks: EcsState['tasks']): string | null {
  const task = tasks.find(
    (candidate) =>
      candidate.cluster === record.cluster &&
      candidate.group === record.request.group &&
      candidate.createdAt === record.at,
  );
  return task === undefined ? null : taskDefinitionLabel(task.taskDefinitionArn);
}

/**
 * "The last placement (02:31): 3 tasks of web:2 for service web with spread(…), then
 * binpack(memory). All 3 placed."
 */
export function placementSentence(record: PlacementRecord, taskDefinition: string | null): string {
  const { request } = record;
  const what =
    taskDefinition === null
      ? groupWords(request.group)
      : `${taskDefinition} for ${groupWords(request.group)}`;
  const strategy = strategiesText(effectiveStrategies(request));
  const byDefault = request.strategies.length === 0 ? ' (the default)' : '';
  const constraints =
    request.constraints.length === 0
      ? ''
      : `, constraints ${request.constraints.map(constraintText).join('; ')}`;
  return `The last placement (${formatSimTime(record.at)}): ${countWord(request.count, 'task', 'tasks')} of ${what} with ${strategy}${byDefault}${constraints}. ${outcomeText(request.count, record.placed.length)}`;
}

export function outcomeText(requested: number, placed: number): string {
  if (placed === 0) return requested === 1 ? 'It could not be placed.' : 'None could be placed.';
  if (placed >= requested) return requested === 1 ? 'It was placed.' : `All ${requested} were placed.`;
  return `${placed} placed; ${requested - placed} could not be placed.`;
}
