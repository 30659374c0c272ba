import type { HealthStatus, Task, TaskStatus } from '@/lib/sim/ecs/types';
import type { StateLook } from '../vm/status';

/**
 * How the picture draws each task lastStatus: a word, an SVG symbol and a colour tone, so a state
 * reads in grayscale and on a projector (UX.md). The words are ECS's own (reference §3.1).
 */
export const TASK_STATUS_LOOK: Readonly<Record<TaskStatus, StateLook>> = {
  PROVISIONING: { label: 'PROVISIONING', symbol: 'dashed-ring', tone: 'busy' },
  PENDING: { label: 'PENDING', symbol: 'quarter', tone: 'busy' },
  ACTIVATING: { label: 'ACTIVATING', symbol: 'half', tone: 'busy' },
  RUNNING: { label: 'RUNNING', symbol: 'dot', tone: 'ready' },
  DEACTIVATING: { label: 'DEACTIVATING', symbol: 'minus', tone: 'gone' },
  STOPPING: { label: 'STOPPING', symbol: 'square', tone: 'gone' },
  DEPROVISIONING: { label: 'DEPROVISIONING', symbol: 'dashed-minus', tone: 'gone' },
  STOPPED: { label: 'STOPPED', symbol: 'cross', tone: 'gone' },
};

/** The lifecycle in order, for legends and per-state counts. */
export const TASK_STATUS_ORDER: readonly TaskStatus[] = [
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'RUNNING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
  'STOPPED',
];

/** Container health as ECS reports it; UNKNOWN (no health check, or not yet known) draws nothing. */
export const HEALTH_LOOK: Readonly<Record<Exclude<HealthStatus, 'UNKNOWN'>, StateLook>> = {
  HEALTHY: { label: 'HEALTHY', symbol: 'check', tone: 'ready' },
  UNHEALTHY: { label: 'UNHEALTHY', symbol: 'alert', tone: 'failed' },
};

export function healthLook(health: HealthStatus): StateLook | null {
  return health === 'UNKNOWN' ? null : HEALTH_LOOK[health];
}

/** A task that stopped because it failed: ECS's word, with its own symbol and colour. */
export const STOPPED_AFTER_FAILURE: StateLook = { label: 'STOPPED', symbol: 'cross-ring', tone: 'failed' };

/**
 * A task's look: its lastStatus, except that a task which stopped because it failed (it never
 * started, or an essential container exited with an error) is drawn as a failure, not a clean stop.
 */
export function taskLook(task: Pick<Task, 'lastStatus' | 'stopCode' | 'containers'>): StateLook {
  const look = TASK_STATUS_LOOK[task.lastStatus];
  if (task.lastStatus !== 'STOPPED') return look;
  const failed =
    task.stopCode === 'TaskFailedToStart' ||
    (task.stopCode === 'EssentialContainerExited' &&
      task.containers.some((container) => container.essential && (container.exitCode ?? 0) !== 0));
  return failed ? STOPPED_AFTER_FAILURE : look;
}

/** Tasks counted per lastStatus, in lifecycle order (the aggregated picture's rows). */
export function taskTally(
  tasks: readonly Pick<Task, 'lastStatus'>[],
): { readonly key: TaskStatus; readonly look: StateLook; readonly count: number }[] {
  const counts = new Map<TaskStatus, number>();
  for (const task of tasks) counts.set(task.lastStatus, (counts.get(task.lastStatus) ?? 0) + 1);
  return TASK_STATUS_ORDER.map((status) => ({
    key: status,
    look: TASK_STATUS_LOOK[status],
    count: counts.get(status) ?? 0,
  }));
}
