import { advance } from '@/lib/sim/core/session';
import type { SimulatorEntry } from '@/lib/sim/simulator-entry';
import { runLines, startingSession, type AnySession, type PrintedLine } from './replay';
import type { Scenario } from './scenario-schema';

/** One step as the stage plays it: from `base` (its lines already run), `playMs` of simulated time. */
export interface StagedStep {
  readonly base: AnySession;
  readonly playMs: number;
  readonly printed: readonly PrintedLine[];
}

/**
 * The scripted sessions of a scenario, built step by step as far as they are asked for and kept,
 * so moving through a talk replays each step once. `after(k)` is the state once k steps have played.
 */
export function scriptedTimeline(entry: SimulatorEntry, scenario: Scenario) {
  const ends: AnySession[] = [startingSession(entry, scenario)];
  const staged: StagedStep[] = [];

  function build(count: number) {
    while (ends.length <= Math.min(count, scenario.steps.length)) {
      const index = ends.length - 1;
      const step = scenario.steps[index];
      const previous = ends[index];
      if (step === undefined || previous === undefined) return;
      const ran = runLines(entry, previous, step.run);
      const playMs = step.playFor * 1000;
      staged.push({ base: ran.session, playMs, printed: ran.printed });
      ends.push(playMs > 0 ? advance(ran.session, playMs) : ran.session);
    }
  }

  return {
    after(count: number): AnySession {
      build(count);
      return ends[Math.min(count, ends.length - 1)] as AnySession;
    },
    /** Step `step` (1-based) ready to play. */
    staged(step: number): StagedStep {
      build(step);
      return staged[step - 1] as StagedStep;
    },
  };
}

export type ScriptedTimeline = ReturnType<typeof scriptedTimeline>;
