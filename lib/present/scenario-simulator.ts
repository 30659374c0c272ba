import type { SimulatorEntry } from '../sim/simulator-entry';
import type { EngineSimulatorId } from './scenario-schema';

/**
 * The simulator a scenario runs on, loaded alone: opening a file fetches only that engine's code.
 * A talk on the side-by-side has no engine (lib/present/compare-view.ts).
 */
export async function loadScenarioSimulator(id: EngineSimulatorId): Promise<SimulatorEntry> {
  switch (id) {
    case 'ecs':
      return (await import('../sim/ecs/simulator')).ecsSimulator;
    case 'vm':
      return (await import('../sim/vm/simulator')).vmSimulator;
    case 'eks':
      return (await import('../sim/eks/simulator')).eksSimulator;
    case 'ecr':
      return (await import('../sim/ecr/simulator')).ecrSimulator;
  }
}
