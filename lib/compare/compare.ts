import { loadProfile } from './load-profile';
import { OPTION_MODELS, type OptionModel } from './options';
import { SIZES, type ReplicaSize } from './sizes';
import type { CompareInput, OptionDay, OptionRun } from './types';

/** Sums the bill's lines minute by minute. */
function minuteCosts(run: OptionRun): number[] {
  return run.replicas.map((_, minute) =>
    run.lines.reduce((sum, line) => sum + (line.perMinute[minute] ?? 0), 0),
  );
}

function runningTotal(values: readonly number[]): number[] {
  let total = 0;
  return values.map((value) => (total += value));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/**
 * One option's day under `load`: its replicas and bill, and the same day with no requests, which
 * splits the bill into idle cost (paid with no traffic) and busy cost (what the traffic adds).
 */
export function optionDay(model: OptionModel, load: readonly number[], size: ReplicaSize): OptionDay {
  const run = model.run(load, size);
  const idle = model.run(
    load.map(() => 0),
    size,
  );
  const costPerMinute = minuteCosts(run);
  const dayTotal = sum(costPerMinute);
  const idleDay = sum(minuteCosts(idle));
  return {
    ...run,
    id: model.id,
    costPerMinute,
    cumulative: runningTotal(costPerMinute),
    dayTotal,
    idleDay,
    busyDay: Math.max(0, dayTotal - idleDay),
    idleHourly: (idleDay / load.length) * 60,
    totals: run.lines.map((line) => ({ key: line.key, label: line.label, usd: sum(line.perMinute) })),
    overloadedMinutes: load.filter((rps, minute) => (run.servedRps[minute] ?? 0) < rps - 1e-9).length,
  };
}

export interface Comparison {
  readonly input: CompareInput;
  readonly size: ReplicaSize;
  /** Requests per second for each minute of the day. */
  readonly load: readonly number[];
  readonly options: readonly OptionDay[];
}

/** The whole side-by-side for what the learner chose: pure and deterministic. */
export function compareOptions(input: CompareInput): Comparison {
  const size = SIZES[input.size];
  const load = loadProfile(input.shape, input.peakRps);
  return { input, size, load, options: OPTION_MODELS.map((model) => optionDay(model, load, size)) };
}
