import { TIMINGS } from '../figures';
import { findImage } from '../images';
import { taskStateChange } from '../events';
import { onTaskRunning } from '../services/hooks';
import type { HealthStatus, Task, TaskContainer } from '../types';
import { draw, findTaskById, setTask, type World } from '../world';
import { cannotExec, nextContainerChange, planContainers } from './container-plan';
import { definitionOf } from './find';
import { writeLogs } from './logs';
import { enterPending } from './pull';
import { beginStop, enterStopping, finishStop, requestStop, stopContainers } from './stop';

/** §2.2: HEALTHY only when every essential container with a health check passes; UNHEALTHY if one fails. */
export function taskHealth(containers: readonly TaskContainer[], checked: ReadonlySet<string>): HealthStatus {
  const essential = containers.filter((c) => c.essential && checked.has(c.name));
  if (essential.length === 0) return 'UNKNOWN';
  if (essential.some((c) => c.health === 'UNHEALTHY')) return 'UNHEALTHY';
  return essential.every((c) => c.health === 'HEALTHY') ? 'HEALTHY' : 'UNKNOWN';
}

/** The task's scheduled lifecycle step at `world.now` (its `nextAt`), §3.1. */
export function advanceTask(world: World, task: Task): void {
  switch (task.lastStatus) {
    case 'PROVISIONING': {
      const next = setTask(world, enterPending(world, task));
      taskStateChange(world, next);
      return;
    }
    case 'PENDING': {
      // Picked up: ACTIVATING pulls the images (§3.1) until the pull ends or fails.
      const next = setTask(world, { ...task, lastStatus: 'ACTIVATING', nextAt: task.pullStoppedAt ?? world.now });
      taskStateChange(world, next);
      return;
    }
    case 'ACTIVATING': {
      if (task.startFailure !== null) {
        const failed: Task = {
          ...task,
          containers: task.containers.map((c) => ({ ...c, reason: task.startFailure })),
        };
        requestStop(world, setTask(world, failed), 'TaskFailedToStart', task.startFailure);
        return;
      }
      // The pull has finished: creating the containers and attaching networking take a moment more.
      if (world.now === task.pullStoppedAt) setTask(world, { ...task, nextAt: world.now + draw(world, TIMINGS.activating) });
      else startRunning(world, task);
      return;
    }
    case 'DEACTIVATING':
      enterStopping(world, task);
      return;
    case 'STOPPING': {
      const stopped = { ...task, containers: stopContainers(world, task) };
      if (task.eni !== null) {
        const next = setTask(world, { ...stopped, lastStatus: 'DEPROVISIONING', nextAt: world.now + draw(world, TIMINGS.deprovisioning) });
        taskStateChange(world, next);
      } else finishStop(world, stopped);
      return;
    }
    case 'DEPROVISIONING':
      finishStop(world, task);
      return;
    case 'RUNNING':
      if (task.desiredStatus === 'STOPPED') beginStop(world, task);
      else setTask(world, { ...task, nextAt: null });
      return;
    case 'STOPPED':
      setTask(world, { ...task, nextAt: null });
      return;
    default: {
      const unreachable: never = task.lastStatus;
      return unreachable;
    }
  }
}

function startRunning(world: World, task: Task): void {
  const def = definitionOf(world, task);
  const plans = def === undefined ? [] : planContainers(world, task, def, world.now);
  const running = setTask(world, {
    ...task,
    lastStatus: 'RUNNING',
    startedAt: world.now,
    nextAt: null,
    containers: task.containers.map((c, index) => ({ ...c, plan: plans[index] ?? c.plan })),
  });
  taskStateChange(world, running, 'success');
  applyContainerChanges(world, running);
  const after = findTaskById(world, task.id);
  if (after?.lastStatus === 'RUNNING') onTaskRunning(world, after);
}

/** Applies every planned container change due at `world.now`: starts, health changes, exits (§2.2 essential). */
export function applyContainerChanges(world: World, task: Task): void {
  const def = definitionOf(world, task);
  const now = world.now;
  const containers = task.containers.map((c) => {
    const container = def?.containerDefinitions.find((d) => d.name === c.name);
    let next = c;
    if (next.lastStatus === 'PENDING' && next.plan.startAt === now && task.desiredStatus === 'RUNNING') {
      next = { ...next, lastStatus: 'RUNNING', startedAt: now };
      // A program the CPU cannot exec never starts, so it writes none of its start lines.
      if (container !== undefined && def !== undefined && !cannotExec(world, task, def, container))
        writeLogs(world, container, task, findImage(container.image, world)?.startLogs ?? []);
    }
    const health = next.plan.health;
    if (next.lastStatus === 'RUNNING' && health !== null && health.at === now)
      next = { ...next, health: health.status, plan: { ...next.plan, health: null } };
    const exit = next.plan.exit;
    if (next.lastStatus !== 'STOPPED' && exit !== null && exit.at === now && next.lastStatus === 'RUNNING') {
      if (container !== undefined && exit.log !== null) writeLogs(world, container, task, [exit.log]);
      next = { ...next, lastStatus: 'STOPPED', exitCode: exit.exitCode, reason: exit.reason };
    }
    return next;
  });
  const checked = new Set(def?.containerDefinitions.filter((d) => d.healthCheck !== null).map((d) => d.name) ?? []);
  const healthStatus = taskHealth(containers, checked);
  const updated = setTask(world, {
    ...task,
    containers,
    healthStatus,
    containerChangeAt: nextContainerChange(containers, now + 1),
  });
  if (healthStatus !== task.healthStatus && healthStatus !== 'UNKNOWN')
    taskStateChange(world, updated, healthStatus === 'HEALTHY' ? 'success' : 'warning');
  const exited = containers.find((c) => c.essential && c.lastStatus === 'STOPPED');
  if (exited !== undefined && updated.desiredStatus === 'RUNNING')
    requestStop(world, updated, 'EssentialContainerExited', 'Essential container in task exited');
}

/** `chaos kill-container`: the process exits now with `exitCode`. */
export function killContainer(world: World, task: Task, containerName: string, exitCode: number): void {
  const containers = task.containers.map((c) =>
    c.name === containerName && c.lastStatus === 'RUNNING'
      ? { ...c, plan: { ...c.plan, exit: { at: world.now, exitCode, reason: null, log: `process exited with code ${exitCode}` } } }
      : c,
  );
  applyContainerChanges(world, setTask(world, { ...task, containers }));
}
