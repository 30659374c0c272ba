import { nextTargetChangeAt } from '../elb';
import type { EcsState } from '../types';
import { INACTIVE_AFTER_MS } from './settle';

/**
 * The earliest instant after `state.now` at which something of the service layer is due: a target
 * health check or the end of a drain, a throttled service's next launch, or the end of a task's
 * health check grace period (a task that failed its checks during the grace period is replaced
 * then), or the instant a deleted service may turn INACTIVE. Never a time at or before `now`. One pass over the target groups and the service tasks.
 */
export function nextServicesChangeAt(state: EcsState): number | null {
  let next = nextTargetChangeAt(state) ?? Infinity;
  const consider = (at: number): void => {
    if (at > state.now && at < next) next = at;
  };
  const grace = new Map<string, number>();
  for (const service of state.services) {
    if (service.status === 'DRAINING' && service.deletedAt !== undefined)
      consider(service.deletedAt + INACTIVE_AFTER_MS);
    if (service.status !== 'ACTIVE') continue;
    consider(service.retryAt);
    if (service.healthCheckGracePeriodSeconds > 0)
      grace.set(`${service.cluster}/${service.name}`, service.healthCheckGracePeriodSeconds * 1000);
  }
  if (grace.size > 0)
    for (const task of state.tasks) {
      if (task.serviceName === null || task.startedAt === null || task.lastStatus !== 'RUNNING') continue;
      const period = grace.get(`${task.cluster}/${task.serviceName}`);
      if (period !== undefined) consider(task.startedAt + period);
    }
  return next === Infinity ? null : next;
}
