import type { TimedCommand, CommandBase } from '@/lib/sim/core/types';
import type { EngineSimulatorId, Scenario, ScenarioStep } from './scenario-schema';

/** Seconds of simulated time a saved step may play: the schema's limit. */
const MAX_PLAY_SECONDS = 3600;

export interface SandboxSession {
  readonly simulator: EngineSimulatorId;
  readonly preset: string;
  readonly seed: number;
  /** The session's log: the preset's own commands first (`presetCommands` of them), then the learner's. */
  readonly log: readonly TimedCommand<CommandBase>[];
  readonly presetCommands: number;
  /** The session's current time, ms: how long the last step plays. */
  readonly now: number;
  /** When the preset's setup ended, ms: the start step plays from there to the first command. */
  readonly startedAt: number;
}

/** A scenario has at most 40 steps: the start and 39 commands. */
export const MAX_SAVED_COMMANDS = 39;

function step(index: number, line: string, playFor: number): ScenarioStep {
  return {
    title: `Step ${index + 1}`,
    run: [line],
    playFor,
    narration: `Describe for the room what \`${line.length > 60 ? `${line.slice(0, 57)}…` : line}\` does.`,
    notes: 'Your notes for this step: what to point at, what to ask.',
    minutes: 1,
    expect: [],
    expectErrors: [],
  };
}

/** The lesson a saved sandbox talk goes with until the instructor picks another. */
const STARTING_LESSON: Readonly<Record<EngineSimulatorId, string>> = {
  vm: 'containers-vs-vms',
  ecs: 'amazon-ecs',
  eks: 'kubernetes-and-eks',
  ecr: 'docker-images-and-ecr',
};

/**
 * A sandbox session as a scenario to annotate: one step per command typed after the preset, each
 * playing the simulated time that passed before the next one, so the saved file replays what was
 * done. Titles, narration and notes are prompts for the instructor to replace.
 */
export function scenarioFromSession(session: SandboxSession): Scenario {
  const typed = session.log.slice(session.presetCommands).filter((entry) => entry.line !== undefined);
  // A line that dispatched several commands at once is one step.
  const lines = typed.filter((entry, index) => {
    const previous = typed[index - 1];
    return previous === undefined || previous.line !== entry.line || previous.at !== entry.at;
  });
  const steps = lines.map((entry, index) => {
    const until = lines[index + 1]?.at ?? session.now;
    const seconds = Math.min(MAX_PLAY_SECONDS, Math.max(0, Math.round((until - entry.at) / 1000)));
    return step(index, entry.line ?? '', seconds);
  });
  const firstAt = lines[0]?.at ?? session.now;
  const start: ScenarioStep = {
    title: 'Where we start',
    run: [],
    playFor: Math.min(MAX_PLAY_SECONDS, Math.max(0, Math.round((firstAt - session.startedAt) / 1000))),
    narration: `The ${session.preset} starting point of the simulator.`,
    notes: 'Introduce the situation before anything runs.',
    minutes: 1,
    expect: [],
    expectErrors: [],
  };
  return {
    id: 'my-scenario',
    title: 'My scenario',
    summary: 'Saved from a sandbox session: replace this with what the demo shows.',
    simulator: session.simulator,
    preset: session.preset,
    seed: session.seed,
    lesson: STARTING_LESSON[session.simulator],
    coverage: [13],
    steps: [start, ...steps.slice(0, MAX_SAVED_COMMANDS)],
  };
}
