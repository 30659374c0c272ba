import type { BaseState } from './types';

/**
 * Checkpoints let seek restore a nearby state instead of replaying from time 0 (raftscope keeps
 * them the same way). One is taken every {@link CHECKPOINT_EVERY_COMMANDS} commands and every
 * {@link CHECKPOINT_EVERY_MS} of simulated time; past {@link MAX_CHECKPOINTS} every other one is
 * dropped, so memory stays bounded and seeks get at worst a little slower.
 */
export interface Checkpoint<S> {
  /** Log entries applied. */
  readonly step: number;
  readonly state: S;
  /** How many events the session had produced at this point. */
  readonly eventCount: number;
}

export const CHECKPOINT_EVERY_COMMANDS = 16;
export const CHECKPOINT_EVERY_MS = 30_000;
export const MAX_CHECKPOINTS = 96;

interface At {
  readonly step: number;
  readonly now: number;
}

function isAfter(a: At, b: At): boolean {
  return a.now !== b.now ? a.now > b.now : a.step > b.step;
}

/** Adds a checkpoint when the position is new ground and far enough from the last one. */
export function recordCheckpoint<S extends BaseState>(
  checkpoints: readonly Checkpoint<S>[],
  candidate: Checkpoint<S>,
): readonly Checkpoint<S>[] {
  const last = checkpoints[checkpoints.length - 1];
  const at = { step: candidate.step, now: candidate.state.now };
  if (last !== undefined) {
    const lastAt = { step: last.step, now: last.state.now };
    if (!isAfter(at, lastAt)) return checkpoints;
    const farEnough =
      at.now - lastAt.now >= CHECKPOINT_EVERY_MS || at.step - lastAt.step >= CHECKPOINT_EVERY_COMMANDS;
    if (!farEnough) return checkpoints;
  }
  const next = [...checkpoints, candidate];
  if (next.length <= MAX_CHECKPOINTS) return next;
  // Keep the origin and the newest; halve the rest.
  return next.filter((_, index) => index % 2 === 0 || index === next.length - 1);
}

/** The latest checkpoint at or before a position. */
export function checkpointBefore<S extends BaseState>(
  checkpoints: readonly Checkpoint<S>[],
  position: At,
): Checkpoint<S> | undefined {
  for (let index = checkpoints.length - 1; index >= 0; index -= 1) {
    const checkpoint = checkpoints[index];
    if (
      checkpoint !== undefined &&
      !isAfter({ step: checkpoint.step, now: checkpoint.state.now }, position)
    ) {
      return checkpoint;
    }
  }
  return undefined;
}

/** Drops the checkpoints after a position (used when the history forks there). */
export function truncateCheckpoints<S extends BaseState>(
  checkpoints: readonly Checkpoint<S>[],
  position: At,
): readonly Checkpoint<S>[] {
  const kept = checkpoints.filter((c) => !isAfter({ step: c.step, now: c.state.now }, position));
  return kept.length === checkpoints.length ? checkpoints : kept;
}
