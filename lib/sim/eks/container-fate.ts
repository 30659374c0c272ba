import { findImage } from '../ecs/images';
import type { ContainerExit, ContainerSpec } from './types';

/**
 * What the app in a container does once it runs, from the course's image catalogue (the same
 * behaviours the ECS simulator shows): exits without a setting it needs, finishes its job, or
 * grows past its memory limit and is OOM-killed. Null: it keeps running.
 */
export interface Fate {
  readonly afterMs: number;
  readonly exit: Omit<ContainerExit, 'at'>;
}

export function containerFate(container: ContainerSpec): Fate | null {
  const image = findImage(container.image);
  if (image === undefined) return null;
  const { behaviour } = image;
  const required = behaviour.requiresEnv;
  if (required !== undefined && container.env?.[required.name] === undefined)
    return {
      afterMs: image.startMs,
      exit: { reason: 'Error', exitCode: required.exitCode, log: required.log },
    };
  if (behaviour.exitsAfterMs !== undefined) {
    const { ms, exitCode, log } = behaviour.exitsAfterMs;
    return { afterMs: ms, exit: { reason: exitCode === 0 ? 'Completed' : 'Error', exitCode, log } };
  }
  const limit = container.limits.memory;
  if (behaviour.leakMiBPerMinute !== undefined && limit !== undefined) {
    const minutes = Math.max(0, limit - image.memoryMiB) / behaviour.leakMiBPerMinute;
    return { afterMs: Math.round(minutes * 60_000), exit: { reason: 'OOMKilled', exitCode: 137, log: null } };
  }
  return null;
}

/** The app answers its readiness probe unless the image reports itself unhealthy. */
export function answersProbes(container: ContainerSpec): boolean {
  return findImage(container.image)?.behaviour.unhealthy !== true;
}

/** What the app printed when it started, for `kubectl logs`. */
export function startLogs(container: ContainerSpec): readonly string[] {
  return findImage(container.image)?.startLogs ?? [];
}

/**
 * How long the kubelet waits after a container's nth exit before starting it again: the first
 * restart is at once, then the back-off is 10 s, doubling, at most 5 minutes (the kubelet's
 * CrashLoopBackOff; it keeps no back-off for a container until its first restart).
 */
export function restartDelayMs(exits: number): number {
  if (exits <= 1) return 0;
  return Math.min(300_000, 10_000 * 2 ** (exits - 2));
}

/** How long `kubectl get pods` shows the exit reason before the kubelet reports CrashLoopBackOff. */
export const EXIT_SHOWN_MS = 2_000;
