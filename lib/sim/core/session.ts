import type { BaseState, CommandBase, CommandError, Engine, Json, SimEvent, TimedCommand } from './types';
import { recordCheckpoint } from './checkpoints';
import { clampPosition, fork, isAtEnd, runTo, seek, type Position, type Session } from './timeline';

/**
 * The time machine's public API (STYLE.md §4: undo, step back, replay, share links and presets
 * are all "initial state + commands"). Every function is pure and returns a new session.
 */
export { seek, compare, cursorOf, type Session, type Position } from './timeline';
export { stepForward, stepBack, nextMoment } from './moments';

export interface DispatchResult<S extends BaseState, C extends CommandBase> {
  readonly session: Session<S, C>;
  /** The events the command itself produced. */
  readonly events: readonly SimEvent[];
  readonly error?: CommandError;
  /** The engine's {@link Step.response}, if any. */
  readonly response?: Json;
}

/** Why a log cannot be replayed (times must be whole ms, never negative, never going back), or null. */
export function logProblem(log: readonly TimedCommand<CommandBase>[]): string | null {
  let previous = 0;
  for (const [index, entry] of log.entries()) {
    if (!Number.isSafeInteger(entry.at) || entry.at < previous) {
      return `log entry ${index + 1} is at ${entry.at} ms, before the entry it follows`;
    }
    previous = entry.at;
  }
  return null;
}

/** A new session at time 0; given a log, it is replayed and the cursor left at the log's end. */
export function createSession<S extends BaseState, C extends CommandBase>(
  engine: Engine<S, C>,
  seed: number,
  log: readonly TimedCommand<C>[] = [],
): Session<S, C> {
  const problem = logProblem(log);
  if (problem !== null) throw new RangeError(`createSession: ${problem}`);
  const state = engine.init(seed);
  const origin: Session<S, C> = {
    engine,
    seed,
    log,
    step: 0,
    state,
    events: [],
    end: 0,
    recorded: [],
    checkpoints: [{ step: 0, state, eventCount: 0 }],
  };
  const last = log[log.length - 1];
  return last === undefined ? origin : runTo(origin, { step: log.length, now: last.at });
}

/** Applies a command at the cursor's time; if the cursor is behind the end, the future is dropped (a fork). */
export function dispatchWithResult<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  command: C,
  line?: string,
): DispatchResult<S, C> {
  const base = isAtEnd(session) ? session : fork(session);
  const result = base.engine.apply(base.state, command);
  const at = base.state.now;
  const entry: TimedCommand<C> = line === undefined ? { at, command } : { at, command, line };
  const events = result.events.length === 0 ? base.events : [...base.events, ...result.events];
  const step = base.step + 1;
  const next: Session<S, C> = {
    ...base,
    log: [...base.log, entry],
    step,
    state: result.state,
    events,
    recorded: events,
    checkpoints: recordCheckpoint(base.checkpoints, { step, state: result.state, eventCount: events.length }),
  };
  return {
    session: next,
    events: result.events,
    ...(result.error === undefined ? {} : { error: result.error }),
    ...(result.response === undefined ? {} : { response: result.response }),
  };
}

/** {@link dispatchWithResult} when only the new session matters. */
export function dispatch<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  command: C,
  line?: string,
): Session<S, C> {
  return dispatchWithResult(session, command, line).session;
}

/** Lets `ms` of simulated time pass; logged commands inside the interval run at their own time (replay like a video). */
export function advance<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  ms: number,
): Session<S, C> {
  // Non-finite or sub-millisecond requests do nothing (a NaN or Infinity would never finish replaying).
  if (!(ms >= 1) || !Number.isFinite(ms)) return session;
  const now = session.state.now + Math.round(ms);
  let step = session.step;
  while ((session.log[step]?.at ?? Infinity) <= now) step += 1;
  return seek(session, { step, now });
}

/** Moves to a time: every logged command at or before `ms` is applied. Times past the end simulate forward. */
export function seekTime<S extends BaseState, C extends CommandBase>(
  session: Session<S, C>,
  ms: number,
): Session<S, C> {
  const now = Math.max(0, Math.round(Number.isFinite(ms) ? ms : 0));
  let step = 0;
  while ((session.log[step]?.at ?? Infinity) <= now) step += 1;
  return seek(session, clampPosition(session, { step, now }));
}

/** Replays a log from scratch, without checkpoints: the oracle that share links and tests compare against. */
export function replay<S extends BaseState, C extends CommandBase>(
  engine: Engine<S, C>,
  seed: number,
  log: readonly TimedCommand<C>[],
  until?: Position,
): { state: S; events: SimEvent[] } {
  const stop = until ?? { step: log.length, now: log[log.length - 1]?.at ?? 0 };
  let state = engine.init(seed);
  const events: SimEvent[] = [];
  const take = (step: { state: S; events: readonly SimEvent[] }): void => {
    state = step.state;
    events.push(...step.events);
  };
  for (const entry of log.slice(0, stop.step)) {
    if (entry.at > state.now) take(engine.tick(state, entry.at - state.now));
    take(engine.apply(state, entry.command));
  }
  if (stop.now > state.now) take(engine.tick(state, stop.now - state.now));
  return { state, events };
}
