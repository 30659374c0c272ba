import type { BaseState, CommandBase, Engine, Preset } from './core/types';
import { createSession, type Session } from './core/session';
import type { ConsoleCli } from '../cli/types';
import { runConsoleLine } from '../cli/run-console-line';
import { vmEngine } from './vm/engine';
import { VM_PRESETS } from './vm/presets';
import { vmCli, vmCompletions } from '../cli/vm/vm-cli';

/**
 * Every simulator the site has, keyed by engine id: its engine, its console and its presets. New
 * simulators (ecs, eks, ecr) add one entry here with their own command families.
 */
export interface SimulatorEntry<S extends BaseState = BaseState, C extends CommandBase = CommandBase> {
  readonly engine: Engine<S, C>;
  readonly cli: ConsoleCli<S, C>;
  readonly presets: readonly Preset[];
  /** Tab completion: whole candidate lines for what has been typed so far. */
  readonly completions: (line: string, state: S) => string[];
}

function entry<S extends BaseState, C extends CommandBase>(value: SimulatorEntry<S, C>): SimulatorEntry {
  // The registry is heterogeneous; callers that need the precise types import the engine directly.
  return value as unknown as SimulatorEntry;
}

export const SIMULATORS: Readonly<Record<string, SimulatorEntry>> = {
  vm: entry({ engine: vmEngine, cli: vmCli, presets: VM_PRESETS, completions: vmCompletions }),
};

export function getSimulator(id: string): SimulatorEntry | undefined {
  return Object.hasOwn(SIMULATORS, id) ? SIMULATORS[id] : undefined;
}

export function listSimulators(): SimulatorEntry[] {
  return Object.values(SIMULATORS);
}

/** The engines by id, for share links. */
export function engines(): Record<string, Engine<BaseState, CommandBase>> {
  return Object.fromEntries(listSimulators().map((sim) => [sim.engine.id, sim.engine]));
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
  for (const line of preset?.setup ?? []) {
    const result = runConsoleLine(session, line, sim.cli);
    if (result.isError) throw new Error(`preset ${preset?.id}: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  const startAt = preset?.startAt;
  return startAt !== undefined && startAt > session.state.now
    ? runConsoleLine(session, `sleep ${(startAt - session.state.now) / 1000}`, sim.cli).session
    : session;
}
