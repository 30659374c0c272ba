import { DEFAULT_STOP_TIMEOUT_S, TIMINGS } from '../figures';
import { taskStateChange } from '../events';
import { deregisterTaskTargets, onTaskStopped } from '../services/hooks';
import type { StopCode, Task } from '../types';
import { draw, setTask, type World } from '../world';
import { releaseFrom } from './reservations';
import { writeLogs } from './logs';
import { definitionOf } from './find';
import { findImage } from '../images';

/**
 * Asks a task to stop (§3.1): desiredStatus becomes STOPPED at once while lastStatus stays what
 * it was until the agent acts on it. A RUNNING task then leaves its load balancer targets
 * (DEACTIVATING for the deregistration delay), goes STOPPING (SIGTERM, SIGKILL after
 * stopTimeout), DEPROVISIONING for awsvpc, and STOPPED. A task that never reached RUNNING goes
 * straight to STOPPING. The first stop reason wins.
 */
export function requestStop(world: World, task: Task, stopCode: StopCode, reason: string): Task {
  if (task.desiredStatus === 'STOPPED' || task.lastStatus === 'STOPPED') return task;
  const stopping: Task = { ...task, desiredStatus: 'STOPPED', stopCode, stoppedReason: reason, stoppingAt: world.now };
  if (task.lastStatus === 'RUNNING') return setTask(world, { ...stopping, nextAt: world.now + draw(world, TIMINGS.agentPickup) });
  return enterStopping(world, stopping);
}

/** The agent acts on a RUNNING task's stop: its targets drain first when it has any. */
export function beginStop(world: World, task: Task): Task {
  const drainUntil = deregisterTaskTargets(world, task);
  if (drainUntil !== null && drainUntil > world.now) {
    const next = setTask(world, { ...task, lastStatus: 'DEACTIVATING', nextAt: drainUntil, containerChangeAt: null });
    taskStateChange(world, next);
    return next;
  }
  return enterStopping(world, task);
}

/** Fargate caps a container's stopTimeout at 120 seconds (§3.1). */
const FARGATE_MAX_STOP_TIMEOUT_S = 120;

const ignoresSigterm = (world: World, image: string): boolean => findImage(image, world)?.behaviour.ignoresSigterm === true;

/**
 * When the agent SIGKILLs what SIGTERM did not stop (ms after SIGTERM): the longest stopTimeout of
 * the running containers that ignore SIGTERM (default 30 s, Fargate at most 120 s), or null when
 * every running container exits on SIGTERM.
 */
function sigkillAfterMs(world: World, task: Task): number | null {
  const def = definitionOf(world, task);
  let longest: number | null = null;
  for (const c of task.containers) {
    if (c.lastStatus !== 'RUNNING' || !ignoresSigterm(world, c.image)) continue;
    const set = def?.containerDefinitions.find((d) => d.name === c.name)?.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S;
    const seconds = task.launchType === 'FARGATE' ? Math.min(set, FARGATE_MAX_STOP_TIMEOUT_S) : set;
    longest = Math.max(longest ?? 0, seconds * 1000);
  }
  return longest;
}

/**
 * STOPPING: the agent sends SIGTERM; the apps in the catalog exit within a couple of seconds,
 * except those that ignore it, which are killed (SIGKILL) after stopTimeout (§3.1).
 */
export function enterStopping(world: World, task: Task): Task {
  const kill = sigkillAfterMs(world, task);
  const next = setTask(world, {
    ...task,
    lastStatus: 'STOPPING',
    nextAt: world.now + (kill ?? draw(world, TIMINGS.gracefulStop)),
    containerChangeAt: null,
  });
  taskStateChange(world, next);
  return next;
}

/**
 * Containers still running exit on SIGTERM (exit 0) when the task stops; one that ignores SIGTERM
 * was killed by SIGKILL (exit 137, 128 + 9) and logged nothing more.
 */
export function stopContainers(world: World, task: Task): Task['containers'] {
  const def = definitionOf(world, task);
  return task.containers.map((c) => {
    if (c.lastStatus === 'STOPPED') return c;
    const killed = c.lastStatus === 'RUNNING' && ignoresSigterm(world, c.image);
    if (c.lastStatus === 'RUNNING' && !killed) {
      const container = def?.containerDefinitions.find((d) => d.name === c.name);
      if (container !== undefined)
        writeLogs(world, container, task, findImage(container.image, world)?.stopLogs ?? ['received SIGTERM, shutting down']);
    }
    const exitCode = killed ? 137 : c.lastStatus === 'RUNNING' ? 0 : c.exitCode;
    return { ...c, lastStatus: 'STOPPED' as const, exitCode };
  });
}

/** STOPPED: resources go back to the instance, and the service layer hears of it. */
export function finishStop(world: World, task: Task): Task {
  if (task.containerInstanceId !== null) releaseFrom(world, task.containerInstanceId, task.reserved);
  const next = setTask(world, {
    ...task,
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    containers: stopContainers(world, task),
    stoppedAt: world.now,
    nextAt: null,
    containerChangeAt: null,
  });
  taskStateChange(world, next, next.stopCode === 'UserInitiated' || next.stopCode === 'ServiceSchedulerInitiated' ? 'info' : 'warning');
  onTaskStopped(world, next);
  return next;
}

/** The host is gone (instance stopped or terminated, AZ lost): the task is STOPPED at once. */
export function stopNow(world: World, task: Task, stopCode: StopCode | null, reason: string): Task {
  if (task.lastStatus === 'STOPPED') return task;
  const keep = task.desiredStatus === 'STOPPED' && task.stoppedReason !== null;
  return finishStop(world, {
    ...task,
    stopCode: keep ? task.stopCode : stopCode,
    stoppedReason: keep ? task.stoppedReason : reason,
    stoppingAt: task.stoppingAt ?? world.now,
  });
}
