import { definitionOf } from '../tasks/find';
import type { LoadBalancerLink, Target, TargetGroup, Task } from '../types';
import type { World } from '../world';

/**
 * Registering and deregistering a task's targets (§5.2). Target type `ip` registers the task's ENI
 * address and the container port (awsvpc); target type `instance` registers the EC2 instance and
 * the host port the container's port is bound to (bridge and host mode).
 */

/** The target a task offers for one load balancer link, or null when it has none (no ENI, no port). */
export function targetFor(
  world: Pick<World, 'taskDefinitions'>,
  group: TargetGroup,
  task: Task,
  link: LoadBalancerLink,
): { id: string; port: number } | null {
  if (group.targetType === 'ip') {
    if (task.eni === null) return null;
    return { id: task.eni.privateIp, port: link.containerPort };
  }
  if (task.ec2InstanceId === null) return null;
  const def = definitionOf(world, task);
  const index = def?.containerDefinitions.findIndex((c) => c.name === link.containerName) ?? -1;
  const mappings = def?.containerDefinitions[index]?.portMappings ?? [];
  const slot = mappings.findIndex((m) => m.containerPort === link.containerPort);
  const hostPort = task.containers[index]?.hostPorts[slot];
  if (hostPort === undefined || hostPort === 0) return null;
  return { id: task.ec2InstanceId, port: hostPort };
}

function setGroup(world: World, next: TargetGroup): void {
  const index = world.targetGroups.findIndex((g) => g.arn === next.arn);
  if (index >= 0) world.targetGroups[index] = next;
}

/**
 * Registers the task in each linked target group: the target starts `initial`
 * (`Elb.RegistrationInProgress`) and is first checked one interval later. Returns the target
 * groups it was registered in.
 */
export function registerTaskTargets(
  world: World,
  task: Task,
  links: readonly LoadBalancerLink[],
): TargetGroup[] {
  const registered: TargetGroup[] = [];
  for (const link of links) {
    const group = world.targetGroups.find((g) => g.arn === link.targetGroupArn);
    if (group === undefined) continue;
    if (group.targets.some((t) => t.taskId === task.id && t.state !== 'draining')) continue;
    const where = targetFor(world, group, task, link);
    if (where === null) continue;
    const target: Target = {
      id: where.id,
      port: where.port,
      az: task.az,
      taskId: task.id,
      state: 'initial',
      reason: 'Elb.RegistrationInProgress',
      consecutiveOk: 0,
      consecutiveFailed: 0,
      registeredAt: world.now,
      drainUntil: null,
      nextCheckAt: world.now + group.healthCheck.intervalSeconds * 1000,
    };
    setGroup(world, { ...group, targets: [...group.targets, target] });
    registered.push(group);
  }
  return registered;
}

/**
 * Deregisters every target of the task: each drains for the group's deregistration delay
 * (`Target.DeregistrationInProgress`), or leaves at once with a delay of 0. Returns the groups it
 * left and when the last drain ends (null when the task had no targets).
 */
export function drainTaskTargets(
  world: World,
  task: Pick<Task, 'id'>,
): { groups: TargetGroup[]; until: number | null } {
  const groups: TargetGroup[] = [];
  let until: number | null = null;
  for (const group of [...world.targetGroups]) {
    if (!group.targets.some((t) => t.taskId === task.id && t.state !== 'draining')) continue;
    const delayMs = group.deregistrationDelaySeconds * 1000;
    const targets: Target[] = [];
    for (const target of group.targets) {
      if (target.taskId !== task.id || target.state === 'draining') targets.push(target);
      else if (delayMs > 0)
        targets.push({
          ...target,
          state: 'draining',
          reason: 'Target.DeregistrationInProgress',
          drainUntil: world.now + delayMs,
        });
    }
    setGroup(world, { ...group, targets });
    groups.push(group);
    until = Math.max(until ?? world.now, world.now + delayMs);
  }
  return { groups, until };
}

/** The task's targets that are not draining, with their groups. */
export function liveTargetsOf(
  world: Pick<World, 'targetGroups'>,
  taskId: string,
): { group: TargetGroup; target: Target }[] {
  const found: { group: TargetGroup; target: Target }[] = [];
  for (const group of world.targetGroups)
    for (const target of group.targets)
      if (target.taskId === taskId && target.state !== 'draining') found.push({ group, target });
  return found;
}
