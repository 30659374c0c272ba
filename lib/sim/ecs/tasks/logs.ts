import { SIM_EPOCH_MS } from '../../core/calendar';
import { MAX_LOG_EVENTS } from '../figures';
import type { ContainerDefinition, Task } from '../types';
import type { World } from '../world';

/**
 * The awslogs driver: a container's stdout goes to its log group, in the stream
 * `PREFIX/CONTAINER/TASK_ID` (`awslogs-stream-prefix`). Containers without awslogs log nowhere the
 * console can read.
 */
export function logDestination(container: ContainerDefinition, task: Task): { group: string; stream: string } | null {
  const config = container.logConfiguration;
  if (config?.logDriver !== 'awslogs') return null;
  const group = config.options['awslogs-group'];
  if (group === undefined) return null;
  const prefix = config.options['awslogs-stream-prefix'];
  const stream = prefix === undefined ? task.id : `${prefix}/${container.name}/${task.id}`;
  return { group, stream };
}

export function writeLogs(world: World, container: ContainerDefinition, task: Task, lines: readonly string[], at = world.now): void {
  const destination = logDestination(container, task);
  if (destination === null || !world.logGroups.includes(destination.group)) return;
  const time = nginxTime(at);
  for (const line of lines)
    world.logs.push({ at, group: destination.group, stream: destination.stream, message: line.replaceAll('{time}', time) });
  if (world.logs.length > MAX_LOG_EVENTS) world.logs.splice(0, world.logs.length - MAX_LOG_EVENTS);
}

/** nginx's own log timestamp, `2025/01/06 09:01:47`, on the simulation's calendar. */
export function nginxTime(at: number): string {
  return new Date(SIM_EPOCH_MS + at).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/');
}
