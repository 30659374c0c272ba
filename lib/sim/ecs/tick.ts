import type { Step } from '../core/types';
import { INACTIVE_INSTANCE_RETENTION_MS, STOPPED_TASK_RETENTION_MS } from './figures';
import { advanceInstance, purgeInactive } from './instances/lifecycle';
import { advanceTargets } from './elb';
import { nextServicesChangeAt, reconcileServices } from './services';
import { sampleMinute } from './scaling';
import { advanceTask, applyContainerChanges } from './tasks/lifecycle';
import { retireFargateCharges } from './fargate/billing';
import type { EcsState, Task } from './types';
import { closeWorld, findTaskById, openWorld, type World } from './world';

const MINUTE = 60_000;

/**
 * Simulated time passing (core/types.ts contract): the world changes only at absolute instants,
 * the scheduled changes of instances, tasks, containers, targets and services, plus a sample at
 * every whole minute (CloudWatch metrics, target tracking, managed scaling). At one instant:
 * instances, then task lifecycles, then containers, then load balancer targets, then the service
 * scheduler.
 */
export function nextChangeAt(state: EcsState): number | null {
  let next = Infinity;
  const consider = (at: number | null): void => {
    if (at !== null && at > state.now && at < next) next = at;
  };
  for (const instance of state.instances) consider(instance.nextAt);
  for (const task of state.tasks) {
    consider(task.nextAt);
    consider(task.containerChangeAt);
    if (task.stoppedAt !== null) consider(task.stoppedAt + STOPPED_TASK_RETENTION_MS);
  }
  for (const ci of state.containerInstances) if (ci.inactiveAt !== null) consider(ci.inactiveAt + INACTIVE_INSTANCE_RETENTION_MS);
  consider(nextServicesChangeAt(state));
  return next === Infinity ? null : next;
}

function due(at: number | null, now: number): boolean {
  return at !== null && at <= now;
}

/** Everything scheduled at or before `world.now`, in the documented order. */
export function runDueChanges(world: World): void {
  for (const instance of [...world.instances]) if (due(instance.nextAt, world.now)) advanceInstance(world, instance);
  // A lifecycle step can schedule the next one at the same instant; settle them (bounded).
  for (let round = 0; round < 8; round += 1) {
    const ready = world.tasks.filter((t) => due(t.nextAt, world.now) || due(t.containerChangeAt, world.now));
    if (ready.length === 0) break;
    for (const task of ready) {
      const current = findTaskById(world, task.id);
      if (current === undefined) continue;
      if (due(current.nextAt, world.now)) advanceTask(world, current);
      const after = findTaskById(world, task.id);
      if (after !== undefined && due(after.containerChangeAt, world.now)) applyContainerChanges(world, after);
    }
  }
  const expired = (t: Task): boolean => t.stoppedAt !== null && t.stoppedAt + STOPPED_TASK_RETENTION_MS <= world.now;
  if (world.tasks.some(expired)) {
    // The Fargate bill keeps what purged tasks cost (§6, fargate/billing.ts).
    const retired = retireFargateCharges(world, world.tasks.filter(expired));
    if (retired !== undefined) world.retiredFargateUsage = retired;
    world.tasks = world.tasks.filter((t) => !expired(t));
  }
  purgeInactive(world);
  advanceTargets(world);
  reconcileServices(world);
}

export function tick(state: EcsState, ms: number): Step<EcsState> {
  const target = state.now + Math.max(0, Math.round(ms));
  // One working copy for the whole tick: each instant writes into it (world.ts).
  const world = openWorld(state);
  for (;;) {
    const change = nextChangeAt(world);
    const minute = (Math.floor(world.now / MINUTE) + 1) * MINUTE;
    if (change !== null && change <= target && change < minute) {
      world.now = change;
      runDueChanges(world);
    } else if (minute <= target) {
      world.now = minute;
      sampleMinute(world);
      runDueChanges(world);
    } else break;
  }
  world.now = target;
  return { state: closeWorld(world), events: world.events };
}
