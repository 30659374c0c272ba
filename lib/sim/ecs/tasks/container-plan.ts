import { findImage } from '../images';
import type { ContainerDefinition, ContainerPlan, EcsState, HealthStatus, Task, TaskDefinition } from '../types';
import { appCaller, callerAllows, notAuthorized } from './credentials';
import { platformOf } from './pull';

/**
 * What each container of a task will do once the task is RUNNING, decided at that moment: the
 * software's behaviour (lib/sim/ecs/images.ts) is deterministic, so start, exit and health times
 * can be planned, and external events (a stop, `chaos kill-container`) override the plan.
 */
export const OOM_REASON = 'OutOfMemoryError: Container killed due to memory usage';

interface Planned {
  plan: ContainerPlan;
  /** When its health first becomes HEALTHY (for HEALTHY dependencies), or null. */
  healthyAt: number | null;
}

function hardLimit(container: ContainerDefinition, def: TaskDefinition): number | null {
  return container.memory ?? def.memory;
}

/**
 * A single-platform image built for another CPU pulls fine and fails at exec (AWS Knowledge Center
 * "ecs-task-exec-format-error": the essential container exits with code 1). The kernel refuses the
 * entrypoint, so none of the program runs and it writes nothing but the error.
 */
export function cannotExec(
  state: Pick<EcsState, 'instances' | 'ecr'>,
  task: Task,
  def: TaskDefinition,
  container: ContainerDefinition,
): boolean {
  const image = findImage(container.image, state);
  return image?.singlePlatform === true && !image.architectures.includes(platformOf(state, task, def));
}

function exitPlan(
  state: Pick<EcsState, 'instances' | 'roles' | 'ecr'>,
  task: Task,
  def: TaskDefinition,
  container: ContainerDefinition,
  startAt: number,
): ContainerPlan['exit'] {
  const image = findImage(container.image, state);
  if (image === undefined) return null;
  if (cannotExec(state, task, def, container))
    return { at: startAt + 100, exitCode: 1, reason: null, log: `exec ${image.entrypoint ?? '/bin/sh'}: exec format error` };
  const behaviour = image.behaviour;
  const limit = hardLimit(container, def);
  if (limit !== null && image.memoryMiB > limit)
    return { at: startAt + Math.ceil(image.startMs / 2), exitCode: 137, reason: OOM_REASON, log: null };
  const env = behaviour.requiresEnv;
  if (env !== undefined && !container.environment.some((e) => e.name === env.name) && !container.secrets.some((s) => s.name === env.name))
    return { at: startAt + Math.ceil(image.startMs / 2), exitCode: env.exitCode, reason: null, log: env.log };
  const call = behaviour.callsAws;
  if (call !== undefined) {
    const caller = appCaller(state, task, def);
    if (!callerAllows(state, caller, call.action)) {
      const log =
        caller.kind === 'none'
          ? 'CredentialsProviderError: Could not load credentials from any providers'
          : `AccessDenied: ${notAuthorized(caller, call.action, call.resource)}`;
      return { at: startAt + image.startMs, exitCode: 1, reason: null, log };
    }
  }
  if (behaviour.exitsAfterMs !== undefined)
    return { at: startAt + behaviour.exitsAfterMs.ms, exitCode: behaviour.exitsAfterMs.exitCode, reason: null, log: behaviour.exitsAfterMs.log };
  if (behaviour.leakMiBPerMinute !== undefined && limit !== null) {
    const minutes = (limit - image.memoryMiB) / behaviour.leakMiBPerMinute;
    return { at: startAt + image.startMs + Math.ceil(minutes * 60_000), exitCode: 137, reason: OOM_REASON, log: null };
  }
  return null;
}

/** Docker's health checks: the first runs one interval after start; failures inside startPeriod do not count. */
function healthPlan(
  state: Pick<EcsState, 'ecr'>,
  container: ContainerDefinition,
  startAt: number,
  exit: ContainerPlan['exit'],
): { change: { at: number; status: HealthStatus } | null; healthyAt: number | null } {
  const check = container.healthCheck;
  if (check === null) return { change: null, healthyAt: null };
  const image = findImage(container.image, state);
  const passes = image !== undefined && image.listensOn !== null && image.behaviour.unhealthy !== true;
  const interval = check.interval * 1000;
  let failures = 0;
  for (let at = startAt + interval; exit === null || at < exit.at; at += interval) {
    const ready = at - startAt >= (image?.startMs ?? 0);
    if (passes && ready) return { change: { at, status: 'HEALTHY' }, healthyAt: at };
    if (at - startAt >= check.startPeriod * 1000) failures += 1;
    if (failures >= check.retries) return { change: { at, status: 'UNHEALTHY' }, healthyAt: null };
    if (at - startAt > 3_600_000) break;
  }
  return { change: null, healthyAt: null };
}

/** Plans every container of a task that becomes RUNNING at `now`, honouring `dependsOn`. */
export function planContainers(
  state: Pick<EcsState, 'instances' | 'roles' | 'ecr'>,
  task: Task,
  def: TaskDefinition,
  now: number,
): ContainerPlan[] {
  const planned = new Map<string, Planned>();
  const containers = def.containerDefinitions;
  // Dependencies form a small DAG (validated at registration); resolve in passes.
  for (let pass = 0; pass <= containers.length && planned.size < containers.length; pass += 1) {
    for (const container of containers) {
      if (planned.has(container.name)) continue;
      let startAt: number | null = now;
      let ready = true;
      for (const dep of container.dependsOn) {
        const target = planned.get(dep.containerName);
        if (target === undefined) {
          ready = false;
          break;
        }
        const at = dependencyMetAt(target, dep.condition);
        startAt = at === null || startAt === null ? null : Math.max(startAt, at);
      }
      if (!ready) continue;
      if (startAt === null) {
        planned.set(container.name, { plan: { startAt: null, exit: null, health: null }, healthyAt: null });
        continue;
      }
      const exit = exitPlan(state, task, def, container, startAt);
      const health = healthPlan(state, container, startAt, exit);
      planned.set(container.name, { plan: { startAt, exit, health: health.change }, healthyAt: health.healthyAt });
    }
  }
  return containers.map((c) => planned.get(c.name)?.plan ?? { startAt: null, exit: null, health: null });
}

function dependencyMetAt(target: Planned, condition: 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY'): number | null {
  switch (condition) {
    case 'START':
      return target.plan.startAt;
    case 'HEALTHY':
      return target.healthyAt;
    case 'COMPLETE':
      return target.plan.exit?.at ?? null;
    case 'SUCCESS':
      return target.plan.exit?.exitCode === 0 ? target.plan.exit.at : null;
    default: {
      const unreachable: never = condition;
      return unreachable;
    }
  }
}

/** The earliest planned change still ahead of `now` (inclusive), over all containers. */
export function nextContainerChange(containers: readonly Task['containers'][number][], now: number): number | null {
  let next = Infinity;
  for (const c of containers) {
    if (c.lastStatus === 'PENDING' && c.plan.startAt !== null && c.plan.startAt >= now) next = Math.min(next, c.plan.startAt);
    if (c.lastStatus !== 'STOPPED' && c.plan.exit !== null && c.plan.exit.at >= now) next = Math.min(next, c.plan.exit.at);
    if (c.lastStatus === 'RUNNING' && c.plan.health !== null && c.plan.health.at >= now) next = Math.min(next, c.plan.health.at);
  }
  return next === Infinity ? null : next;
}
