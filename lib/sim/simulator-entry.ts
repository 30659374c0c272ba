import type { BaseState, CommandBase, Engine, Preset } from './core/types';
import { createSession, type Session } from './core/session';
import type { ConsoleCli } from '../cli/types';
import { runConsoleLine } from '../cli/run-console-line';
import { cliFiles } from '../cli/aws/input/cli-files';

/**
 * One simulator as the site and the runner use it: its engine, its console and its presets. Each
 * simulator exports its own entry (`lib/sim/vm/simulator.ts`, `lib/sim/ecs/simulator.ts`) so a
 * page imports only the simulator it shows; `registry.ts` lists them all for the runner.
 */
export interface SimulatorEntry<S extends BaseState = BaseState, C extends CommandBase = CommandBase> {
  readonly engine: Engine<S, C>;
  readonly cli: ConsoleCli<S, C>;
  readonly presets: readonly Preset[];
  /** Shown in the empty console prompt: a first command worth typing. */
  readonly exampleLine: string;
  /** Tab completion: whole candidate lines for what has been typed so far. */
  readonly completions: (line: string, state: S) => string[];
  /**
   * Files the browser console can read as `file://NAME` (example task definitions, user data),
   * keyed by name. The learner's editor adds and replaces files in the store's own copy.
   */
  readonly files?: Readonly<Record<string, string>>;
  /**
   * Fills in a scripted line's placeholders (e.g. `{task:web}`) from the current state, so lessons'
   * lines work whatever the seed. See lib/sim/ecs/line-placeholders.ts.
   */
  readonly resolveLine?: (line: string, state: S) => string;
}

/** Erases an entry's precise types; callers that need them import the engine directly. */
export function simulatorEntry<S extends BaseState, C extends CommandBase>(
  value: SimulatorEntry<S, C>,
): SimulatorEntry {
  return value as unknown as SimulatorEntry;
}

/** A scripted line (a preset's, a lesson moment's) with its placeholders filled from the state. */
export function resolvedLine(sim: SimulatorEntry, line: string, state: BaseState): string {
  return sim.resolveLine === undefined ? line : sim.resolveLine(line, state);
}

/**
 * A session started from a preset: its seed (or the one given), its setup lines run through the
 * console exactly as if typed, then the clock advanced to `startAt` if the preset has one.
 * Throws if a setup line fails, which is a bug in the preset (the presets test runs them all).
 */
export function sessionForPreset(
  sim: SimulatorEntry,
  presetId: string,
  seed?: number,
): Session<BaseState, CommandBase> {
  const preset = sim.presets.find((candidate) => candidate.id === presetId) ?? sim.presets[0];
  let session = createSession(sim.engine, seed ?? preset?.seed ?? 1);
  for (const written of preset?.setup ?? []) {
    const line = resolvedLine(sim, written, session.state);
    const result = runConsoleLine(session, line, sim.cli, cliFiles(sim.files ?? {}));
    if (result.isError) throw new Error(`preset ${preset?.id}: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  const startAt = preset?.startAt;
  return startAt !== undefined && startAt > session.state.now
    ? runConsoleLine(session, `sleep ${(startAt - session.state.now) / 1000}`, sim.cli).session
    : session;
}
