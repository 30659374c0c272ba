import type { CommandError, Json } from '../../core/types';
import type { EcsCommandOf } from '../commands';
import { clusterNotFound, findCluster } from '../clusters';
import { refused, type World } from '../world';
import { findTask } from './find';
import { requestStop } from './stop';

/** StopTask (§3.2): `Task stopped by user` unless a reason is given; stopCode UserInitiated. */
export function stopTask(world: World, command: EcsCommandOf<'StopTask'>): { response: Json } | CommandError {
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return clusterNotFound(world);
  const task = findTask(world, cluster.name, command.task);
  if (task === undefined) return refused(world, 'InvalidParameterException', 'The referenced task was not found.');
  const stopped = requestStop(world, task, 'UserInitiated', command.reason ?? 'Task stopped by user');
  return { response: { taskArn: stopped.arn } };
}
