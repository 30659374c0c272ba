import type { BaseState, CommandBase, Engine, SimEvent, TimedCommand } from './types';
import {
  checkpointBefore,
  recordCheckpoint,
  truncateCheckpoints,
  CHECKPOINT_EVERY_MS,
  type Checkpoint,
} from './checkpoints';

/**
 * The machinery under the time machine: a session is a seed, a command log and a cursor; moving
 * the cursor restores the nearest checkpoint and replays (raftscope's state.js, but seeded).
 * Public functions live in session.ts and moments.ts.
 */
export interface Session<S extends BaseState, C extends CommandBase> {
  readonly engine: Engine<S, C>;
  readonly seed: number;
  /** Every command of this branch, in time order. */
  readonly log: readonly TimedCommand<C>[];
  /** How many log entries are applied at the cursor. */
  readonly step: number;
  /** The state at the cursor. */
  readonly state: S;
  /** Every event from time 0 up to the cursor, in order. */
  readonly events: readonly SimEvent[];
  /** The furthest simulated ms reached on this branch. */
  readonly end: number;
  /** Every event of this branch up to `end`; `events` is a prefix of it. */
  readonly recorded: readonly SimEvent[];
  readonly checkpoints: readonly Checkpoint<S>[];
}

/** A point on the history: `step` log entries applied and the clock at `now` ms. */
export interface Position {
  readonly step: number;
  readonly now: number;
}

/** The cursor's position. */
export function cursorOf(session: Session<BaseState, CommandBase>): Position {
  return { step: session.step, now: session.state.now };
}

/** Orders positions on one branch: by time, then by commands applied. */
export function compare(a: Position, b: Position): number {
  return a.now !== b.now ? a.now - b.now : a.step - b.step;
}

export function isAtEnd(session: Session<BaseState, CommandBase>): boolean {
  return session.step === session.log.length && session.state.now >= session.end;
}

/** Drops the recorded future so a new command can be appended at the cursor. */
export function fork<S extends BaseState, C extends CommandBase>(session: Session<S, C>): Session<S, C> {
  return {
    ...session,
    log: session.log.slice(0, session.step),
    end: session.state.now,
    recorded: session.events,
    checkpoints: truncateCheckpoints(session.checkpoints, cursorOf(session)),
  };
}

/** The nearest position the log allows: commands before `step` at or before `now`, the next one after. */
export function clampPosition(session: Session<BaseState, CommandBase>, target: Position): Position {
  const step = Math.min(Math.max(0, Math.trunc(target.step) || 0), session.log.length);
  const earliest = session.log[step - 1]?.at ?? 0;
  const latest = session.log[step]?.at ?? Infinity;
  const now = Math.min(Math.max(earliest, Math.round(target.now) || 0), latest);
  return { step, now };
}

/** Moves the cursor to a position (clamped), from the cursor or the nearest earlier checkpoint. */
export function seek<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  target: Position,
): Session<S, C> {
  const position = clampPosition(session, target);
  const here = cursorOf(session);
  if (compare(position, here) === 0) return session;
  const checkpoint = checkpointBefore(session.checkpoints, position);
  const usable =
    checkpoint !== undefined &&
    (compare(here, position) > 0 || compare({ step: checkpoint.step, now: checkpoint.state.now }, here) > 0);
  if (!usable) return runTo(session, position);
  const restored: Session<S, C> = {
    ...session,
    step: checkpoint.step,
    state: checkpoint.state,
    events: session.recorded.slice(0, checkpoint.eventCount),
  };
  return runTo(restored, position);
}

/** Runs forward from the cursor (which must not be after `target`), checkpointing on the way. */
export function runTo<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  target: Position,
): Session<S, C> {
  const { engine, log } = session;
  let { state, step, checkpoints } = session;
  const fresh: SimEvent[] = [];
  const take = (next: { state: S; events: readonly SimEvent[] }): void => {
    state = next.state;
    if (next.events.length > 0) fresh.push(...next.events);
    checkpoints = recordCheckpoint(checkpoints, {
      step,
      state,
      eventCount: session.events.length + fresh.length,
    });
  };
  const tickTo = (at: number): void => {
    while (state.now < at) {
      // Stop at each checkpoint boundary so long jumps still leave checkpoints behind.
      const boundary = (Math.floor(state.now / CHECKPOINT_EVERY_MS) + 1) * CHECKPOINT_EVERY_MS;
      take(engine.tick(state, Math.min(boundary, at) - state.now));
    }
  };
  while (step < target.step) {
    const entry = log[step];
    if (entry === undefined) break;
    tickTo(entry.at);
    const applied = engine.apply(state, entry.command);
    step += 1;
    take(applied);
  }
  tickTo(target.now);
  const events = fresh.length === 0 ? session.events : [...session.events, ...fresh];
  const beyondEnd = state.now > session.end || (state.now === session.end && step === log.length);
  return {
    ...session,
    step,
    state,
    events,
    checkpoints,
    end: beyondEnd ? state.now : session.end,
    recorded: beyondEnd ? events : session.recorded,
  };
}
