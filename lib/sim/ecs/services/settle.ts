import type { Service, Task } from '../types';
import { emit, type World } from '../world';
import { completeDeployment } from './deployments';
import { verdictOf, type TargetIndex } from './health';
import { primaryOf, updateServiceState } from './lookup';
import { postServiceEvent, serviceMessages } from './service-events';
import { scalingReason, stopServiceTasks } from './stop-tasks';

/**
 * The end of a scheduler pass over a service (§5.2, §5.3): when the PRIMARY deployment runs the
 * desired count, all healthy, and no other task of the service is left (not even one still
 * stopping), the deployment is COMPLETED and the service `has reached a steady state`. ECS
 * repeats the steady-state event only after something else happened (and every few hours, which
 * the simulator does not do).
 */
export function settleService(
  world: World,
  service: Service,
  tasks: readonly Task[],
  draining: ReadonlySet<string>,
  targets: TargetIndex,
): void {
  const primary = primaryOf(service);
  if (primary === undefined || service.status !== 'ACTIVE' || primary.rolloutState === 'FAILED') return;
  const onDraining = (t: Task): boolean =>
    t.containerInstanceId !== null && draining.has(t.containerInstanceId);
  let settled = 0;
  for (const task of tasks) {
    if (task.lastStatus === 'STOPPED') continue;
    const ours = task.deploymentId === primary.id && task.desiredStatus === 'RUNNING' && !onDraining(task);
    if (!ours || verdictOf(service, task, targets).kind !== 'healthy') return;
    settled += 1;
  }
  if (settled !== service.desiredCount) return;
  if (primary.rolloutState === 'IN_PROGRESS') completeDeployment(world, service, primary);
  const latest = world.services.find((s) => s.arn === service.arn && s.status === 'ACTIVE');
  const steady = serviceMessages.steadyState(service.name);
  if (latest !== undefined && latest.events[0]?.message !== steady)
    postServiceEvent(world, service, steady, 'service-steady-state', 'success');
}

/** How soon after DeleteService a service left without tasks turns INACTIVE (the scheduler's next pass). */
export const INACTIVE_AFTER_MS = 1_000;

/**
 * DeleteService (§5.1): a DRAINING service stops all its tasks; once none is left (every task
 * STOPPED) it is INACTIVE, but never in the step of the DeleteService call itself, so the call's
 * response shows DRAINING as ECS's does.
 */
export function drainDeletedService(world: World, service: Service, tasks: readonly Task[]): void {
  const live = tasks.filter((t) => t.lastStatus !== 'STOPPED' && t.desiredStatus === 'RUNNING');
  const primary = primaryOf(service);
  stopServiceTasks(world, service, live, () => scalingReason(primary?.id ?? ''));
  const left = world.tasks.some(
    (t) => t.cluster === service.cluster && t.serviceName === service.name && t.lastStatus !== 'STOPPED',
  );
  if (left || world.now < (service.deletedAt ?? -Infinity) + INACTIVE_AFTER_MS) return;
  updateServiceState(world, service, (s) => ({ ...s, status: 'INACTIVE', desiredCount: 0 }));
  emit(
    world,
    'service-inactive',
    'info',
    `ECS service ${service.name} is INACTIVE: all its tasks have stopped`,
  );
}
