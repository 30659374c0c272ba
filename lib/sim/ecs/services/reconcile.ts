import { placeWaitingTasks, reconcileAutoScalingGroups } from '../scaling';
import type { Service, Task } from '../types';
import type { World } from '../world';
import { evaluateCircuitBreaker } from './circuit-breaker';
import { reconcileDaemon } from './daemon';
import { indexTargets } from './health';
import {
  currentService,
  isLive,
  primaryOf,
  serviceKey,
  taskPositionsByService,
  tasksByService,
} from './lookup';
import { rebalanceAvailabilityZones } from './rebalance';
import { replaceFailedTasks } from './replace-failed';
import { reconcileReplica } from './replica';
import { drainDeletedService, settleService } from './settle';

/**
 * The service scheduler, run after every command and at every scheduled instant (the engine calls
 * it). First capacity: Auto Scaling groups launch or terminate toward their desired capacity and
 * tasks waiting in PROVISIONING for a capacity provider are placed (§5.6). Then each service:
 * circuit breaker (§5.4), replacement of failed tasks (§5.1), the REPLICA or DAEMON pass, AZ
 * rebalancing of REPLICA services (§5.8), and finally deployment completion and steady state.
 */
export function reconcileServices(world: World): void {
  reconcileAutoScalingGroups(world);
  placeWaitingTasks(world);
  if (world.services.length === 0) return;
  const draining = new Set(
    world.containerInstances.filter((ci) => ci.status !== 'ACTIVE').map((ci) => ci.id),
  );
  // Tasks are replaced in place or appended during a pass, never removed: positions stay valid.
  const before = world.tasks.length;
  const byService = taskPositionsByService(world.tasks);
  const fresh = (cluster: string, name: string): Task[] => {
    const tasks: Task[] = [];
    for (const index of byService.get(name) ?? []) {
      const task = world.tasks[index];
      if (task !== undefined && task.cluster === cluster) tasks.push(task);
    }
    return tasks;
  };
  const targets = indexTargets(world);
  const active = world.services.filter((s) => s.status !== 'INACTIVE');
  for (const listed of active) {
    const tasks = fresh(listed.cluster, listed.name);
    if (listed.status === 'DRAINING') {
      drainDeletedService(world, listed, tasks);
      continue;
    }
    evaluateCircuitBreaker(world, listed);
    const afterBreaker = currentService(world, listed);
    if (afterBreaker === undefined) continue;
    replaceFailedTasks(world, afterBreaker, tasks.filter(isLive), targets);
    const service = currentService(world, listed);
    const primary = service === undefined ? undefined : primaryOf(service);
    if (service === undefined || primary === undefined) continue;
    const live = fresh(service.cluster, service.name).filter(isLive);
    const def = world.taskDefinitions.find((d) => d.arn === primary.taskDefinitionArn);
    if (service.schedulingStrategy === 'DAEMON') {
      reconcileDaemon(world, service, primary, def, live, draining, targets);
      continue;
    }
    reconcileReplica(world, service, primary, def, live, draining, targets);
    const settled = currentService(world, listed);
    if (settled === undefined) continue;
    const now = [...fresh(settled.cluster, settled.name), ...startedSince(world, before, settled)].filter(
      isLive,
    );
    rebalanceAvailabilityZones(world, settled, primary, def, now, draining, targets);
  }
  const started = tasksByService(world.tasks.slice(before));
  for (const listed of active) {
    const service = currentService(world, listed);
    if (service === undefined) continue;
    const key = serviceKey(service.cluster, service.name);
    const tasks = [...fresh(service.cluster, service.name), ...(started.get(key) ?? [])];
    syncDeploymentCounts(world, service.arn, tasks);
    const latest = currentService(world, listed);
    if (latest !== undefined) settleService(world, latest, tasks, draining, targets);
  }
}

/** The service's tasks created during this pass (appended after position `before`). */
function startedSince(world: World, before: number, service: Service): Task[] {
  const tasks: Task[] = [];
  for (let index = before; index < world.tasks.length; index += 1) {
    const task = world.tasks[index];
    if (task !== undefined && task.cluster === service.cluster && task.serviceName === service.name)
      tasks.push(task);
  }
  return tasks;
}

/** Each deployment's desired count: the PRIMARY follows the service; older ones, what they still run. */
function syncDeploymentCounts(world: World, arn: string, tasks: readonly Task[]): void {
  const index = world.services.findIndex((s) => s.arn === arn && s.status !== 'INACTIVE');
  const service = world.services[index];
  if (service === undefined) return;
  let changed = false;
  const deployments = service.deployments.map((d) => {
    const count =
      d.status === 'PRIMARY'
        ? service.desiredCount
        : tasks.filter((t) => t.deploymentId === d.id && isLive(t)).length;
    if (count === d.desiredCount) return d;
    changed = true;
    return { ...d, desiredCount: count };
  });
  if (changed) world.services[index] = { ...service, deployments };
}
