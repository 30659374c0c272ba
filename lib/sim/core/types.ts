/**
 * The contract every simulator engine follows. An engine is a pure, deterministic state machine:
 * the same seed and the same timed commands always give deep-equal state.
 *
 * - State is plain serialisable data (no classes, Dates or Maps); it holds its own PRNG state and clock.
 * - Time is an integer number of simulated milliseconds since the simulation started.
 * - `tick` must be additive: tick(tick(s, a), b) deep-equals tick(s, a + b). Engines get this by
 *   changing the world only at absolute instants (scheduled events, whole-second metric samples),
 *   never in proportion to the length of one tick. Replay, seek and share links rely on it.
 */

/** Anything that can round-trip through JSON. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** Every command is a plain object discriminated on `type`. */
export interface CommandBase {
  readonly type: string;
}

/** Something that happened, in the words the real service uses. */
export interface SimEvent {
  /** Simulated time of the event, ms. */
  readonly at: number;
  /** Stable machine-readable kind, for tests and filtering (e.g. `instance-running`). */
  readonly kind: string;
  /** The sentence the event log shows and screen readers announce. */
  readonly message: string;
  /** How the log should present it. */
  readonly level: 'info' | 'success' | 'warning' | 'error';
}

/** A state every engine's state extends: its clock and its PRNG. */
export interface BaseState {
  /** Simulated ms since start. */
  readonly now: number;
  /** The seed the simulation started from (kept for display and share links). */
  readonly seed: number;
  /** The PRNG's internal state (see rng.ts). */
  readonly rng: number;
}

/**
 * A command the real service refuses answers with an error in that service's words, e.g.
 * `{ code: 'InsufficientInstanceCapacity', message: 'We currently do not have…' }`. The console
 * prints it in the real tool's format; the event log shows the matching error event.
 */
export interface CommandError {
  readonly code: string;
  readonly message: string;
}

export interface Step<S> {
  readonly state: S;
  readonly events: readonly SimEvent[];
  /** Set when the command was refused or failed, as the real API would report it. */
  readonly error?: CommandError;
  /**
   * What the API call answered when the answer is not in the state (e.g. RunTask's `failures[]`
   * for tasks it could not place). The console renders it; replay ignores it.
   */
  readonly response?: Json;
}

/** What a simulator exports so the timeline, share links, the console and the runner can drive it. */
export interface Engine<S extends BaseState, C extends CommandBase> {
  /** Stable id used in URLs: `vm`, `ecs`, `eks`… */
  readonly id: string;
  /** Bump whenever the same commands would replay differently; share links carry it. */
  readonly version: number;
  readonly title: string;
  init(seed: number): S;
  apply(state: S, command: C): Step<S>;
  tick(state: S, ms: number): Step<S>;
  /**
   * The next simulated instant (> state.now) at which a scheduled change happens (a VM finishes
   * booting, a pull completes…), or null when nothing is scheduled. The time machine's
   * step-forward jumps there. Whole-second metric samples are not scheduled changes.
   */
  nextChangeAt(state: S): number | null;
  /** Validates untrusted command data (share links, scripts). Returns the command or a message. */
  parseCommand(data: unknown): { ok: true; command: C } | { ok: false; error: string };
  /**
   * The longest simulated time a share link may replay (default 6 hours, share-link.ts). An engine
   * whose story spans days (ECR lifecycle policies) and whose ticks are cheap may allow more.
   */
  readonly maxSharedMs?: number;
  /** Optional invariants checked by property tests; returns a list of broken rules (empty = fine). */
  checkInvariants?(state: S): string[];
}

/** One entry of a command log: a command and the simulated time at which it was issued. */
export interface TimedCommand<C extends CommandBase> {
  readonly at: number;
  readonly command: C;
  /** The console line that produced it, if any (kept so transcripts and share links read naturally). */
  readonly line?: string;
}

/**
 * A named starting point: a seed plus setup (console lines run through the same session, so a
 * preset is only "initial state + commands"). `startAt` (ms) advances the clock after the setup.
 */
export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly seed: number;
  readonly setup: readonly string[];
  readonly startAt?: number;
}
