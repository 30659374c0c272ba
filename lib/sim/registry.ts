import type { BaseState, CommandBase, Engine } from './core/types';
import type { SimulatorEntry } from './simulator-entry';
import { vmSimulator } from './vm/simulator';
import { ecsSimulator } from './ecs/simulator';
import { eksSimulator } from './eks/simulator';
import { ecrSimulator } from './ecr/simulator';

export { sessionForPreset, type SimulatorEntry } from './simulator-entry';

/**
 * Every simulator, keyed by engine id, for the headless runner, the benchmarks and the tests.
 * Pages import the one simulator they show from its own folder instead, so they ship only that.
 */
export const SIMULATORS: Readonly<Record<string, SimulatorEntry>> = {
  vm: vmSimulator,
  ecs: ecsSimulator,
  eks: eksSimulator,
  ecr: ecrSimulator,
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
