import type { Service, Task } from '../types';
import type { World } from '../world';
import { updateServiceState } from './lookup';
import { postServiceEvent, serviceMessages } from './service-events';

/**
 * The service throttle logic (§5.1): when tasks keep stopping before they ever reach RUNNING, the
 * scheduler waits longer and longer between launches, at most 27 minutes, and posts
 * `(service NAME) is unable to consistently start tasks successfully.` once per episode. Tasks that
 * reached RUNNING and then exited do not count; a task reaching RUNNING, or UpdateService, resets it.
 * AWS documents only the cap: the threshold and the doubling from 10 s are the course's estimate.
 */
export const THROTTLE_AFTER = 3;
export const THROTTLE_MAX_MS = 27 * 60_000;

export function throttleDelay(failures: number): number {
  if (failures < THROTTLE_AFTER) return 0;
  return Math.min(THROTTLE_MAX_MS, 10_000 * 2 ** Math.min(20, failures - THROTTLE_AFTER));
}

export function failedToStart(task: Task): boolean {
  return (
    task.startedAt === null &&
    (task.stopCode === 'TaskFailedToStart' || task.stopCode === 'EssentialContainerExited')
  );
}

export function countStartFailure(world: World, service: Service, task: Task): void {
  if (!failedToStart(task)) return;
  const failures = service.startFailures + 1;
  const delay = throttleDelay(failures);
  updateServiceState(world, service, (s) => ({
    ...s,
    startFailures: failures,
    retryAt: delay > 0 ? world.now + delay : s.retryAt,
  }));
  if (failures === THROTTLE_AFTER)
    postServiceEvent(world, service, serviceMessages.throttled(service.name), 'service-throttled', 'error');
}

export function resetThrottle(world: World, service: Service): void {
  if (service.startFailures === 0 && service.retryAt === 0) return;
  updateServiceState(world, service, (s) => ({ ...s, startFailures: 0, retryAt: 0 }));
}
