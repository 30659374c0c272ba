import { performance } from 'node:perf_hooks';
import { advance, createSession, seekTime } from '../lib/sim/core/session';
import type { BaseState, CommandBase } from '../lib/sim/core/types';
import { listSimulators, sessionForPreset, type SimulatorEntry } from '../lib/sim/registry';

export interface EngineThroughput {
  readonly engine: string;
  readonly applyPerSecond: number;
  readonly tickSecondsPerSecond: number;
  readonly seekMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Replays the simulator's first preset with setup lines to get a realistic command mix for `apply`. */
function sampleCommands(sim: SimulatorEntry): { commands: CommandBase[]; state: BaseState } {
  const preset = sim.presets.find((candidate) => candidate.setup.length > 0) ?? sim.presets[0]!;
  const session = sessionForPreset(sim, preset.id);
  return { commands: session.log.map((entry) => entry.command), state: session.state };
}

/** apply/s, simulated seconds ticked per real second, and a seek across one simulated hour. */
export function measureEngines(): EngineThroughput[] {
  return listSimulators().map((sim) => {
    const engine = sim.engine;
    const { commands } = sampleCommands(sim);
    const applyRuns: number[] = [];
    const tickRuns: number[] = [];
    const seekRuns: number[] = [];
    for (let run = 0; run < 5; run++) {
      let state = engine.init(run + 1);
      const applies = 2000;
      let start = performance.now();
      for (let i = 0; i < applies; i++) {
        state = engine.apply(state, commands[i % commands.length]!).state;
        if (i % 50 === 49) state = engine.init(run + 1);
      }
      applyRuns.push(applies / ((performance.now() - start) / 1000));

      const busy = sessionForPreset(sim, (sim.presets.find((p) => p.id === 'burst') ?? sim.presets.find((p) => p.setup.length > 0) ?? sim.presets[0]!).id);
      let ticking = busy.state;
      start = performance.now();
      for (let second = 0; second < 3600; second++) ticking = engine.tick(ticking, 1000).state;
      tickRuns.push(3600 / ((performance.now() - start) / 1000));

      const hour = advance(createSession(engine, busy.seed, busy.log), 3_600_000);
      start = performance.now();
      seekTime(hour, 1_800_000);
      seekRuns.push(performance.now() - start);
    }
    return {
      engine: engine.id,
      applyPerSecond: Math.round(median(applyRuns)),
      tickSecondsPerSecond: Math.round(median(tickRuns)),
      seekMs: Math.round(median(seekRuns) * 10) / 10,
    };
  });
}
