import type { EcsState, Service, Target, TargetGroup, Task } from '../types';

/**
 * When the service scheduler counts a task as healthy (§5.3, CreateService API text): RUNNING, and
 * for a service behind a load balancer reported healthy by it in every target group. A task whose
 * container health checks made it UNHEALTHY (§2.2) or whose target turned unhealthy has failed,
 * and is replaced once the health check grace period is over.
 */
export type Verdict =
  | { readonly kind: 'healthy' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'failed-container' }
  | { readonly kind: 'failed-elb'; readonly group: TargetGroup; readonly target: Target };

export type TargetIndex = ReadonlyMap<string, readonly { group: TargetGroup; target: Target }[]>;

/** Each task's targets that are not draining, built in one pass over the target groups. */
export function indexTargets(state: Pick<EcsState, 'targetGroups'>): TargetIndex {
  const index = new Map<string, { group: TargetGroup; target: Target }[]>();
  for (const group of state.targetGroups)
    for (const target of group.targets) {
      if (target.state === 'draining') continue;
      const list = index.get(target.taskId);
      if (list === undefined) index.set(target.taskId, [{ group, target }]);
      else list.push({ group, target });
    }
  return index;
}

export function verdictOf(
  service: Pick<Service, 'loadBalancers'>,
  task: Task,
  targets: TargetIndex,
): Verdict {
  if (task.lastStatus !== 'RUNNING') return { kind: 'waiting' };
  if (task.healthStatus === 'UNHEALTHY') return { kind: 'failed-container' };
  const mine = targets.get(task.id) ?? [];
  let waiting = false;
  for (const link of service.loadBalancers) {
    const entry = mine.find((e) => e.group.arn === link.targetGroupArn);
    if (entry === undefined) waiting = true;
    else if (entry.target.state === 'unhealthy')
      return { kind: 'failed-elb', group: entry.group, target: entry.target };
    else if (entry.target.state !== 'healthy') waiting = true;
  }
  return waiting ? { kind: 'waiting' } : { kind: 'healthy' };
}

/** `healthCheckGracePeriodSeconds`: failed health checks are ignored this long after the task started. */
export function graceEndsAt(
  service: Pick<Service, 'healthCheckGracePeriodSeconds'>,
  task: Task,
): number | null {
  if (task.startedAt === null) return null;
  return task.startedAt + service.healthCheckGracePeriodSeconds * 1000;
}

export function inGracePeriod(
  service: Pick<Service, 'healthCheckGracePeriodSeconds'>,
  task: Task,
  now: number,
): boolean {
  const end = graceEndsAt(service, task);
  return end !== null && now < end;
}
