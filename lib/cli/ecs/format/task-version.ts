import type { EcsState, Task } from '../../../sim/ecs/types';

/**
 * The task's `version` (API `Task.version`): 1 at its first status, +1 for each status it passed
 * through after. aws-cli `ecs/run-task.rst` shows a PENDING EC2 task at 1; `ecs/describe-tasks.rst`
 * a RUNNING EC2 (bridge) task at 2 and RUNNING Fargate tasks at 3 (PROVISIONING, PENDING,
 * RUNNING). ACTIVATING is not counted (those examples go straight from PENDING to RUNNING).
 * The state keeps no history, so the path is read from the task's own fields; each guess only
 * ever adds, so the number never goes down as the task advances.
 */

const AFTER_RUNNING = new Set<Task['lastStatus']>(['DEACTIVATING', 'STOPPING', 'DEPROVISIONING', 'STOPPED']);
const STOPPING_OR_LATER = new Set<Task['lastStatus']>(['STOPPING', 'DEPROVISIONING', 'STOPPED']);

/** True when the task sat behind a load balancer, so stopping it drained its targets first. */
function drainedTargets(task: Task, state: EcsState): boolean {
  if (task.lastStatus === 'DEACTIVATING') return true;
  if (task.startedAt === null || task.serviceName === null) return false;
  const service = state.services.find((s) => s.cluster === task.cluster && s.name === task.serviceName);
  return service !== undefined && service.loadBalancers.length > 0;
}

export function taskVersion(task: Task, state: EcsState): number {
  const status = task.lastStatus;
  // awsvpc and Fargate tasks (and EC2 tasks waiting for capacity) start in PROVISIONING.
  const provisioned = task.eni !== null || task.launchType === 'FARGATE' || status === 'PROVISIONING';
  let version = provisioned ? 1 : 0;
  if (status === 'PROVISIONING') return version;
  // Entering PENDING is when the pull is scheduled: a task stopped while provisioning never had it.
  if (task.pullStartedAt !== null || status === 'PENDING') version += 1;
  if (task.startedAt !== null) version += 1;
  if (!AFTER_RUNNING.has(status)) return Math.max(version, 1);
  if (drainedTargets(task, state)) version += 1;
  if (STOPPING_OR_LATER.has(status)) version += 1;
  if (task.eni !== null && (status === 'DEPROVISIONING' || status === 'STOPPED')) version += 1;
  if (status === 'STOPPED') version += 1;
  return version;
}
