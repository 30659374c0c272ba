import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState, Task } from '../../sim/ecs/types';
import { didYouMean, withHint } from '../suggest';
import { chaosDispatch, operand, refusedOr, usageError, type ChaosResult } from './chaos-shared';
import { listed, NOT_AWS } from './chaos-zones';

/**
 * `chaos interrupt-spot [TASK_ID…|--count N]` and `chaos spot-capacity off|on`: AWS taking Fargate
 * Spot capacity back (reference §6). The first gives RUNNING Fargate Spot tasks the two-minute
 * warning (the oldest one by default); the second stops new Spot tasks from starting until it is
 * turned back on.
 */

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

export const runningSpotTasks = (state: EcsState): Task[] =>
  state.tasks.filter(
    (task) =>
      task.capacityProvider === 'FARGATE_SPOT' &&
      task.lastStatus === 'RUNNING' &&
      task.desiredStatus === 'RUNNING',
  );

const NO_SPOT_TASK =
  'No Fargate Spot task is RUNNING: start some with --capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1 (the cluster needs FARGATE_SPOT: aws ecs put-cluster-capacity-providers).';

/** A RUNNING Spot task by id, ARN or unique prefix (at least 4 characters). */
function findSpotTask(tasks: readonly Task[], ref: string): Task | 'ambiguous' | undefined {
  const id = ref.includes('/') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  const exact = tasks.find((task) => task.id === id);
  if (exact !== undefined || id.length < 4) return exact;
  const matches = tasks.filter((task) => task.id.startsWith(id));
  return matches.length > 1 ? 'ambiguous' : matches[0];
}

function renderInterrupted(before: EcsState, after: EcsState): string {
  const was = new Set(runningSpotTasks(before).map((task) => task.id));
  const hit = after.tasks.filter((task) => was.has(task.id) && task.stopCode === 'SpotInterruption');
  const first = hit[0];
  const service = hit.find((task) => task.serviceName !== null)?.serviceName;
  const next = [
    first === undefined
      ? ''
      : `aws ecs describe-tasks --tasks ${first.id} shows "stopCode": "SpotInterruption"`,
    service === undefined || service === null
      ? ''
      : `aws ecs describe-services --services ${service} shows the replacement`,
  ].filter((part) => part !== '');
  return withHint(
    `Fargate Spot interruption (simulated): ${plural(hit.length, 'task')} got the two-minute warning: ${listed(
      hit.map((task) => task.id),
      3,
    )}. ECS sends SIGTERM now and stops ${hit.length === 1 ? 'it' : 'them'}: "Your Spot Task was interrupted."`,
    `${NOT_AWS}. Next, ${next.join('; ')}.`,
  );
}

export function interruptSpot(args: readonly string[], state: EcsState): ChaosResult {
  const words: string[] = [];
  let count: number | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--count' || arg.startsWith('--count=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++index];
      if (value === undefined || !/^\d{1,3}$/.test(value) || Number(value) < 1 || Number(value) > 100)
        return usageError(
          `chaos interrupt-spot: invalid count '${value ?? ''}'`,
          'give a whole number from 1 to 100, e.g. --count 2.',
        );
      count = Number(value);
    } else if (arg.startsWith('-'))
      return usageError(`chaos interrupt-spot: unknown option '${arg}'`, 'the only option is --count N.');
    else words.push(arg);
  }
  const spot = runningSpotTasks(state);
  if (spot.length === 0)
    return usageError('chaos interrupt-spot: no Fargate Spot task is RUNNING', NO_SPOT_TASK);
  if (count !== undefined && words.length > 0)
    return usageError(
      'chaos interrupt-spot: give task ids or --count, not both',
      '--count N interrupts the N oldest RUNNING Spot tasks.',
    );
  const ids: string[] = [];
  for (const word of words) {
    const task = findSpotTask(spot, word);
    const list = `Fargate Spot tasks RUNNING now: ${listed(
      spot.map((t) => t.id),
      3,
    )}.`;
    if (task === 'ambiguous')
      return usageError(
        `chaos interrupt-spot: '${word}' matches more than one task`,
        `type more of the id. ${list}`,
      );
    if (task === undefined)
      return usageError(`chaos interrupt-spot: no RUNNING Fargate Spot task ${word}`, didYouMean(null, list));
    ids.push(task.id);
  }
  const command: EcsCommand = {
    type: 'InterruptSpotTasks',
    ...(ids.length > 0 ? { tasks: ids } : { count: count ?? 1 }),
  };
  return chaosDispatch(command, (outcome) =>
    refusedOr('interrupt-spot', outcome, () => ({
      output: renderInterrupted(outcome.before, outcome.after),
      isError: false,
    })),
  );
}

export function spotCapacity(args: readonly string[], state: EcsState): ChaosResult {
  const value = operand(
    'spot-capacity',
    args,
    'setting (off or on)',
    'For example: chaos spot-capacity off.',
  );
  if (typeof value !== 'string') return value;
  if (value !== 'on' && value !== 'off')
    return usageError(
      `chaos spot-capacity: expected off or on, not '${value}'`,
      'chaos spot-capacity off takes Fargate Spot capacity away; on gives it back.',
    );
  const available = value === 'on';
  if ((state.fargateSpotAvailable !== false) === available)
    return usageError(
      `chaos spot-capacity: Fargate Spot capacity is already ${available ? 'available' : 'unavailable'}`,
      `chaos spot-capacity ${available ? 'off' : 'on'} does the opposite.`,
    );
  return chaosDispatch({ type: 'SetFargateSpotCapacity', available }, (outcome) =>
    refusedOr('spot-capacity', outcome, () => ({
      output: withHint(
        available
          ? 'Fargate Spot has spare capacity again (simulated): services start the Spot tasks they were missing.'
          : 'Fargate Spot has no spare capacity now (simulated): new FARGATE_SPOT tasks cannot start; running ones keep running.',
        available
          ? `${NOT_AWS}. aws ecs describe-services shows the tasks starting.`
          : `${NOT_AWS}. ECS does not move Spot tasks to FARGATE: a service short of Spot tasks says "unable to place a task … Capacity is unavailable at this time" in its events. chaos spot-capacity on gives the capacity back.`,
      ),
      isError: false,
    })),
  );
}
