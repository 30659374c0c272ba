import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState, Task } from '../../sim/ecs/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, type CliResult, type DispatchOutcome, type Printed } from '../types';

/** What every `chaos` subcommand shares: its result type, usage errors, operands, the dispatch. */

export type ChaosResult = CliResult<EcsState, EcsCommand>;

export const usageError = (message: string, hint: string): ChaosResult => fail(withHint(message, hint));

export function suggestion(word: string, candidates: readonly string[], list: string): string {
  return didYouMean(closestWord(word, candidates), list);
}

export function chaosDispatch(
  command: EcsCommand,
  render: (outcome: DispatchOutcome<EcsState>) => Printed,
): ChaosResult {
  return { kind: 'dispatch', command, render };
}

/** The engine refused (it re-checks everything): print its reason as chaos's own error. */
export function refusedOr(sub: string, outcome: DispatchOutcome<EcsState>, ok: () => Printed): Printed {
  if (outcome.error === undefined) return ok();
  return { output: `chaos ${sub}: ${outcome.error.message}`, isError: true };
}

/** The one operand a subcommand takes, or its usage error. */
export function operand(
  sub: string,
  args: readonly string[],
  what: string,
  list: string,
): string | ChaosResult {
  const [value, ...extra] = args;
  if (value === undefined) return usageError(`chaos ${sub}: missing ${what}`, didYouMean(null, list));
  if (extra.length === 0) return value;
  return usageError(`chaos ${sub}: unexpected argument '${extra[0] ?? ''}'`, `give one ${what}.`);
}

export const runningTasks = (state: EcsState): Task[] =>
  state.tasks.filter((task) => task.lastStatus === 'RUNNING');
