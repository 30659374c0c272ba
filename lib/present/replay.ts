import type { SimEvent } from '@/lib/sim/core/types';
import { advance, type Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { resolvedLine, sessionForPreset, type SimulatorEntry } from '@/lib/sim/simulator-entry';
import type { Scenario, ScenarioStep } from './scenario-schema';

export type AnySession = Session<BaseState, CommandBase>;

export interface StepProblem {
  /** 1-based, as the presenter counts. */
  readonly step: number;
  readonly message: string;
}

/** The scenario's starting point: its preset, at its seed. */
export function startingSession(
  entry: SimulatorEntry,
  scenario: Pick<Scenario, 'preset' | 'seed'>,
): AnySession {
  return sessionForPreset(entry, scenario.preset, scenario.seed);
}

/** A line a step ran, and what the console printed for it. */
export interface PrintedLine {
  readonly line: string;
  readonly output: string;
  readonly isError: boolean;
}

/**
 * Plays one step: its lines as if typed (placeholders filled in), then its simulated seconds. A
 * line the console rejects changes nothing, as in the console, and the rest of the step still plays.
 */
export function playStep(
  entry: SimulatorEntry,
  session: AnySession,
  step: Pick<ScenarioStep, 'run' | 'playFor'>,
): { session: AnySession; printed: PrintedLine[] } {
  const ran = runLines(entry, session, step.run);
  return {
    session: step.playFor > 0 ? advance(ran.session, step.playFor * 1000) : ran.session,
    printed: ran.printed,
  };
}

/** A step's lines alone, before its seconds play: where the room watches the seconds go by from. */
export function runLines(
  entry: SimulatorEntry,
  session: AnySession,
  lines: readonly string[],
): { session: AnySession; printed: PrintedLine[] } {
  let current = session;
  const printed: PrintedLine[] = [];
  for (const written of lines) {
    const line = resolvedLine(entry, written, current.state);
    const result = runConsoleLine(current, line, entry.cli, cliFiles(entry.files ?? {}));
    printed.push({ line, output: result.output, isError: result.isError });
    current = result.session;
  }
  return { session: current, printed };
}

/** What is wrong with how a step's lines went: unexpected failures, and expected errors that did not come. */
function lineProblems(step: ScenarioStep, printed: readonly PrintedLine[]): string[] {
  const failed = printed.filter((result) => result.isError);
  const problems = failed
    .filter((result) => !step.expectErrors.some((text) => result.output.includes(text)))
    .map((result) => `"${result.line.slice(0, 120)}" failed: ${result.output.split('\n')[0]}`);
  for (const text of step.expectErrors) {
    if (!failed.some((result) => result.output.includes(text)))
      problems.push(`no failing line printed "${text}"`);
  }
  return problems;
}

/** The scripted state once `count` steps have played (1 = after the first step). */
export function sessionAtStep(entry: SimulatorEntry, scenario: Scenario, count: number): AnySession {
  let session = startingSession(entry, scenario);
  for (const step of scenario.steps.slice(0, count)) session = playStep(entry, session, step).session;
  return session;
}

export interface StepReplay {
  readonly session: AnySession;
  readonly printed: readonly PrintedLine[];
  readonly events: readonly SimEvent[];
  readonly problems: readonly StepProblem[];
}

/** Every step played in order, with the events each produced and what went wrong: for tests and the file opener. */
export function replayScenario(entry: SimulatorEntry, scenario: Scenario): StepReplay[] {
  const replays: StepReplay[] = [];
  let session = startingSession(entry, scenario);
  scenario.steps.forEach((step, index) => {
    const seen = session.events.length;
    const played = playStep(entry, session, step);
    session = played.session;
    const events = session.events.slice(seen);
    const problems: StepProblem[] = lineProblems(step, played.printed).map((message) => ({
      step: index + 1,
      message,
    }));
    for (const text of step.expect) {
      if (!events.some((event) => event.message.includes(text)))
        problems.push({ step: index + 1, message: `no event says "${text}"` });
    }
    replays.push({ session, printed: played.printed, events, problems });
  });
  return replays;
}
