import type { Task } from '@/lib/sim/ecs/types';

/**
 * Above this many tasks that have not stopped, the picture shows counts and bars per instance
 * instead of one chip per task: many hundreds of chips are neither readable nor fast to draw.
 */
export const AGGREGATE_ABOVE = 600;

export type PictureMode = 'chips' | 'aggregated';

/** One chip per task, or counts per state, for a cluster with this many tasks not yet stopped. */
export function pictureMode(activeTaskCount: number): PictureMode {
  return activeTaskCount > AGGREGATE_ABOVE ? 'aggregated' : 'chips';
}

/** The tasks that count towards the mode: the cluster's tasks that have not stopped. */
export function activeTaskCount(
  tasks: readonly Pick<Task, 'cluster' | 'lastStatus'>[],
  cluster: string,
): number {
  let count = 0;
  for (const task of tasks) if (task.cluster === cluster && task.lastStatus !== 'STOPPED') count += 1;
  return count;
}
