import { findImage } from '../images';
import { definitionOf } from '../tasks/find';
import type { ContainerDefinition, EcsState, Target, TargetGroup, Task } from '../types';
import { emit, type World } from '../world';

/**
 * The ALB's health checks (§5.2): every `intervalSeconds` each registered target gets a request.
 * A target passes when its task is RUNNING and the app in the container behind the port is up,
 * listens on that port and answers 200. Healthy after `healthyThreshold` passes in a row, unhealthy
 * after `unhealthyThreshold` failures in a row, with the reason codes `describe-target-health`
 * reports: nothing listening is `Target.FailedHealthChecks`, an app answering 503 is
 * `Target.ResponseCodeMismatch`.
 */
export type FailureReason = 'Target.FailedHealthChecks' | 'Target.ResponseCodeMismatch' | 'Target.Timeout';

/** The container (index) and container port behind a target's port. */
function portBehind(
  containers: readonly ContainerDefinition[],
  running: Task['containers'],
  targetType: TargetGroup['targetType'],
  port: number,
): { index: number; containerPort: number } | null {
  for (const [index, container] of containers.entries())
    for (const [slot, mapping] of container.portMappings.entries()) {
      const bound = targetType === 'ip' ? mapping.containerPort : running[index]?.hostPorts[slot];
      if (bound === port) return { index, containerPort: mapping.containerPort };
    }
  return null;
}

/** What the probe of one target finds: null when it answers 200. */
export function probeTarget(
  world: Pick<World, 'tasks' | 'taskDefinitions' | 'now' | 'ecr'>,
  group: TargetGroup,
  target: Target,
): FailureReason | null {
  const task = world.tasks.find((t) => t.id === target.taskId);
  if (task === undefined || task.lastStatus !== 'RUNNING') return 'Target.FailedHealthChecks';
  const def = definitionOf(world, task);
  if (def === undefined) return 'Target.FailedHealthChecks';
  const found = portBehind(def.containerDefinitions, task.containers, group.targetType, target.port);
  const container = found === null ? undefined : task.containers[found.index];
  if (found === null || container === undefined || container.lastStatus !== 'RUNNING')
    return 'Target.FailedHealthChecks';
  const containerPort = found.containerPort;
  const image = findImage(container.image, world);
  if (image === undefined || image.listensOn !== containerPort) return 'Target.FailedHealthChecks';
  if (container.startedAt === null || world.now < container.startedAt + image.startMs)
    return 'Target.FailedHealthChecks';
  if (image.behaviour.unhealthy === true) return 'Target.ResponseCodeMismatch';
  return null;
}

function checked(world: World, group: TargetGroup, target: Target): Target {
  const interval = group.healthCheck.intervalSeconds * 1000;
  const nextCheckAt = Math.max(target.nextCheckAt + interval, world.now + 1);
  const failure = probeTarget(world, group, target);
  const where = `${target.id}:${target.port}`;
  if (failure === null) {
    const ok = target.consecutiveOk + 1;
    if (target.state !== 'healthy' && ok >= group.healthCheck.healthyThreshold) {
      emit(
        world,
        'target-healthy',
        'success',
        `Elastic Load Balancing: target ${where} in ${group.name} is healthy`,
      );
      return {
        ...target,
        state: 'healthy',
        reason: null,
        consecutiveOk: ok,
        consecutiveFailed: 0,
        nextCheckAt,
      };
    }
    const reason = target.state === 'initial' ? 'Elb.InitialHealthChecking' : target.reason;
    return { ...target, reason, consecutiveOk: ok, consecutiveFailed: 0, nextCheckAt };
  }
  const failed = target.consecutiveFailed + 1;
  if (failed >= group.healthCheck.unhealthyThreshold) {
    if (target.state !== 'unhealthy')
      emit(
        world,
        'target-unhealthy',
        'warning',
        `Elastic Load Balancing: target ${where} in ${group.name} is unhealthy (${failure})`,
      );
    return {
      ...target,
      state: 'unhealthy',
      reason: failure,
      consecutiveOk: 0,
      consecutiveFailed: failed,
      nextCheckAt,
    };
  }
  const reason = target.state === 'initial' ? 'Elb.InitialHealthChecking' : target.reason;
  return { ...target, reason, consecutiveOk: 0, consecutiveFailed: failed, nextCheckAt };
}

/** Health checks and drain ends due at `world.now`; drained targets leave their group. */
export function advanceTargets(world: World): void {
  world.targetGroups.forEach((group, index) => {
    const due = group.targets.some((t) =>
      t.state === 'draining' ? (t.drainUntil ?? 0) <= world.now : t.nextCheckAt <= world.now,
    );
    if (!due) return;
    const targets: Target[] = [];
    for (const target of group.targets) {
      if (target.state === 'draining') {
        if ((target.drainUntil ?? 0) > world.now) targets.push(target);
        else
          emit(
            world,
            'target-deregistered',
            'info',
            `Elastic Load Balancing: target ${target.id}:${target.port} left ${group.name} (deregistration delay over)`,
          );
      } else targets.push(target.nextCheckAt <= world.now ? checked(world, group, target) : target);
    }
    world.targetGroups[index] = { ...group, targets };
  });
}

/** The next health check or drain end after `state.now`, or null. */
export function nextTargetChangeAt(state: Pick<EcsState, 'targetGroups' | 'now'>): number | null {
  let next = Infinity;
  for (const group of state.targetGroups)
    for (const target of group.targets) {
      const at = target.state === 'draining' ? (target.drainUntil ?? Infinity) : target.nextCheckAt;
      if (at > state.now && at < next) next = at;
    }
  return next === Infinity ? null : next;
}
