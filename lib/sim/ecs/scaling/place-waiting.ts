import { taskStateChange } from '../events';
import { TIMINGS } from '../figures';
import { candidatesFor, type PlacementRequest } from '../placement';
import { placeAndRecord } from '../tasks/place';
import { definitionOf } from '../tasks/find';
import { enterPending } from '../tasks/pull';
import { reserveOn } from '../tasks/reservations';
import { providerInstanceFilter } from '../tasks/run-task';
import { taskNeeds, taskReservation } from '../tasks/size';
import { bindTask } from '../tasks/create';
import type { ContainerInstance, Task, TaskDefinition } from '../types';
import { draw, setTask, type World } from '../world';

/**
 * Tasks launched on an Auto Scaling group capacity provider that did not fit wait in PROVISIONING
 * without an instance (§5.6). Whenever capacity may have appeared they are placed, in the order
 * they were created, with their service's constraints and strategies; a placed task takes its
 * resources, host ports and (awsvpc) ENI, and goes on through its lifecycle (§3.1).
 */
export function isWaitingForCapacity(task: Task): boolean {
  return (
    task.launchType === 'EC2' &&
    task.containerInstanceId === null &&
    task.lastStatus === 'PROVISIONING' &&
    task.desiredStatus === 'RUNNING' &&
    task.nextAt === null
  );
}

function placeOn(world: World, task: Task, def: TaskDefinition, ci: ContainerInstance): void {
  const reserved = taskReservation(def, 'EC2');
  reserveOn(world, ci.id, reserved);
  const binding = bindTask(world, def, ci, null);
  const awsvpc = def.networkMode === 'awsvpc';
  const placed: Task = {
    ...task,
    containerInstanceId: ci.id,
    ec2InstanceId: ci.ec2InstanceId,
    az: binding.az,
    eni: binding.eni,
    reserved,
    containers: task.containers.map((c, index) => ({ ...c, hostPorts: binding.hostPorts[index] ?? [] })),
  };
  // awsvpc: the ENI is attached first (PROVISIONING); otherwise the agent takes the task (PENDING).
  const next = awsvpc
    ? { ...placed, nextAt: world.now + draw(world, TIMINGS.eniAttachEc2) }
    : enterPending(world, placed);
  setTask(world, next);
  if (!awsvpc) taskStateChange(world, next);
}

function requestFor(world: World, task: Task, def: TaskDefinition, count: number): PlacementRequest {
  const service =
    task.serviceName === null
      ? undefined
      : world.services.find(
          (s) => s.cluster === task.cluster && s.name === task.serviceName && s.status !== 'INACTIVE',
        );
  const subnetIds = service?.networkConfiguration?.subnets;
  return {
    count,
    needs: taskNeeds(def),
    constraints: [...def.placementConstraints, ...(service?.placementConstraints ?? [])],
    strategies: service?.placementStrategy ?? [],
    group: task.group,
    kind: service === undefined ? 'standalone' : 'service',
    ...(def.networkMode === 'awsvpc' && subnetIds !== undefined ? { subnetIds } : {}),
  };
}

/** Places every task waiting for capacity that now fits. */
export function placeWaitingTasks(world: World): void {
  const waiting = world.tasks.filter(isWaitingForCapacity);
  if (waiting.length === 0) return;
  const batches = new Map<string, Task[]>();
  for (const task of waiting) {
    const key = `${task.cluster}|${task.group}|${task.taskDefinitionArn}|${task.capacityProvider ?? ''}`;
    const list = batches.get(key);
    if (list === undefined) batches.set(key, [task]);
    else list.push(task);
  }
  for (const batch of batches.values()) {
    const first = batch[0];
    const def = first === undefined ? undefined : definitionOf(world, first);
    if (first === undefined || def === undefined) continue;
    const allowed = providerInstanceFilter(world, first.capacityProvider);
    const candidates = candidatesFor(world, first.cluster, first.group).filter(
      (c) => allowed === null || allowed(c.instance.ec2InstanceId),
    );
    if (candidates.length === 0) continue;
    const placement = placeAndRecord(world, first.cluster, candidates, requestFor(world, first, def, batch.length));
    placement.placed.forEach((id, index) => {
      const task = batch[index];
      const ci = world.containerInstances.find((c) => c.id === id);
      if (task !== undefined && ci !== undefined) placeOn(world, task, def, ci);
    });
  }
}
