import {
  answered,
  clock,
  compareOptions,
  count,
  LOAD_SHAPE_LABELS,
  OPTION_MODELS,
  replicaNoun,
  usd,
  whereTheyRun,
} from '../compare';
import { compareViewAfter, type CompareView } from './compare-view';
import type { StepProblem } from './replay';
import type { Scenario } from './scenario-schema';

/**
 * What the side-by-side shows for a view, in the words of its controls and cards: the settings,
 * the minute's load, then each option's replicas, whether it answers, its cost now and its day.
 */
export function compareReport(view: CompareView): string {
  const comparison = compareOptions(view.input);
  const { minute } = view;
  const load = comparison.load[minute] ?? 0;
  const lines = [
    `${LOAD_SHAPE_LABELS[view.input.shape]}, busiest minute ${count(view.input.peakRps)} requests/s, each replica ${comparison.size.label}`,
    `Side by side at ${clock(minute)}: ${count(load)} requests/s`,
  ];
  for (const day of comparison.options) {
    const model = OPTION_MODELS.find((candidate) => candidate.id === day.id);
    if (model === undefined) continue;
    const replicas = day.replicas[minute] ?? 0;
    const starting = replicas - (day.ready[minute] ?? 0);
    const where = whereTheyRun(day, comparison.size, minute);
    const status = answered(load, day.servedRps[minute] ?? 0, day.id === 'lambda').words;
    lines.push(
      `${model.name}: ${count(replicas)} ${replicaNoun(model, replicas)}${where === null ? '' : ` ${where}`}${starting > 0 ? `, ${count(starting)} starting` : ''}. ${status}. Costs ${usd((day.costPerMinute[minute] ?? 0) * 60)} an hour; the day ${usd(day.dayTotal)} (idle ${usd(day.idleDay)}, busy ${usd(day.busyDay)})`,
    );
  }
  return lines.join('\n');
}

export interface CompareStepReplay {
  readonly view: CompareView;
  readonly report: string;
  readonly problems: readonly StepProblem[];
}

/** Every step of a compare talk, with what it shows and the `expect` texts it does not show. */
export function replayCompareScenario(scenario: Scenario): CompareStepReplay[] {
  return scenario.steps.map((step, index) => {
    const view = compareViewAfter(scenario, index + 1);
    const report = compareReport(view);
    const problems = step.expect
      .filter((text) => !report.includes(text))
      .map((text) => ({ step: index + 1, message: `the side-by-side does not show "${text}"` }));
    return { view, report, problems };
  });
}

/** A compare talk as `npm run scenario` prints it: each step's title, then what the room sees. */
export function compareTranscript(scenario: Scenario): string {
  const start = compareReport(compareViewAfter(scenario, 0));
  const steps = replayCompareScenario(scenario).map(
    (replay, index) => `$ # step ${index + 1}: ${scenario.steps[index]?.title ?? ''}\n${replay.report}`,
  );
  return [`$ # start: ${scenario.preset}\n${start}`, ...steps].join('\n');
}
