import { arn } from '../catalog';
import type { Deployment, EcsState, Service, Task } from '../types';
import type { World } from '../world';

/** The service ARN in the current (long) format: `…:service/CLUSTER/NAME`. */
export function serviceArn(cluster: string, name: string): string {
  return arn('ecs', `service/${cluster}/${name}`);
}

/** A service of the cluster by name or ARN; the live one (ACTIVE or DRAINING) before an INACTIVE one. */
export function findService(
  state: Pick<EcsState, 'services'>,
  cluster: string,
  ref: string,
): Service | undefined {
  const name = ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  const matches = state.services.filter((s) => s.cluster === cluster && s.name === name);
  return matches.find((s) => s.status !== 'INACTIVE') ?? matches[0];
}

/** The current copy of a service in the world (modules hold stale copies after an update). */
export function currentService(
  world: Pick<World, 'services'>,
  service: Pick<Service, 'arn' | 'status'>,
): Service | undefined {
  return world.services.find(
    (s) => s.arn === service.arn && (s.status !== 'INACTIVE' || service.status === 'INACTIVE'),
  );
}

/** Replaces the live service with the same ARN by `change(current)`; returns the new copy. */
export function updateServiceState(
  world: World,
  service: Pick<Service, 'arn'>,
  change: (current: Service) => Service,
): Service | undefined {
  const index = world.services.findIndex((s) => s.arn === service.arn && s.status !== 'INACTIVE');
  const current = world.services[index];
  if (current === undefined) return undefined;
  const next = change(current);
  world.services[index] = next;
  return next;
}

export function primaryOf(service: Pick<Service, 'deployments'>): Deployment | undefined {
  return service.deployments.find((d) => d.status === 'PRIMARY');
}

/** Tasks the service still counts: not STOPPED and meant to keep running (§5.3: RUNNING or PENDING). */
export function isLive(task: Task): boolean {
  return task.lastStatus !== 'STOPPED' && task.desiredStatus === 'RUNNING';
}

export function serviceKey(cluster: string, name: string): string {
  return `${cluster}/${name}`;
}

/** Every task of every service, by `cluster/name`, in one pass over the tasks. */
export function tasksByService(tasks: readonly Task[]): Map<string, Task[]> {
  const map = new Map<string, Task[]>();
  for (const task of tasks) {
    if (task.serviceName === null) continue;
    const key = serviceKey(task.cluster, task.serviceName);
    const list = map.get(key);
    if (list === undefined) map.set(key, [task]);
    else list.push(task);
  }
  return map;
}

/**
 * The positions in `tasks` of the service tasks, by service name (callers check the cluster), in
 * one pass: the scheduler reads the current copy of each task through them.
 */
export function taskPositionsByService(tasks: readonly Task[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let index = 0; index < tasks.length; index += 1) {
    const name = tasks[index]?.serviceName ?? null;
    if (name === null) continue;
    const list = map.get(name);
    if (list === undefined) map.set(name, [index]);
    else list.push(index);
  }
  return map;
}
