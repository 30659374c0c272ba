import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState, Task } from '../../sim/ecs/types';
import { didYouMean, withHint } from '../suggest';
import {
  chaosDispatch,
  operand,
  refusedOr,
  runningTasks,
  suggestion,
  usageError,
  type ChaosResult,
} from './chaos-shared';
import { listed, NOT_AWS } from './chaos-zones';

/** `chaos kill-container TASK_ID|--service NAME [--container NAME] [--exit-code N]`: a container exits. */

/** An app that crashes exits 1; 137 (SIGKILL) is what an out-of-memory kill gives, so not the default. */
export const DEFAULT_EXIT_CODE = 1;

/** A task by id, ARN, or unique id prefix (at least 4 characters), among running tasks. */
export function findRunningTask(state: EcsState, ref: string): Task | 'ambiguous' | undefined {
  const id = ref.includes('/') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  const running = runningTasks(state);
  const exact = running.find((task) => task.id === id);
  if (exact !== undefined || id.length < 4) return exact;
  const matches = running.filter((task) => task.id.startsWith(id));
  return matches.length > 1 ? 'ambiguous' : matches[0];
}

/** The service's RUNNING task that started first (ties by id): the same one every time, whatever the seed. */
function oldestRunningTaskOf(state: EcsState, service: string): Task | undefined {
  return runningTasks(state)
    .filter((task) => task.serviceName === service)
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.id.localeCompare(b.id))[0];
}

const EXAMPLE = {
  '--service': 'e.g. --service web.',
  '--container': 'e.g. --container web.',
  '--exit-code':
    'an exit code is a whole number from 0 to 255, e.g. --exit-code 137 (what an out-of-memory kill gives).',
};

export function killContainer(args: readonly string[], state: EcsState): ChaosResult {
  const words: string[] = [];
  let container: string | undefined;
  let service: string | undefined;
  let exitCode = DEFAULT_EXIT_CODE;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s, 2) as [string, string | undefined])
      : [arg, undefined];
    if (flag !== '--container' && flag !== '--exit-code' && flag !== '--service') {
      if (arg.startsWith('-'))
        return usageError(
          `chaos kill-container: unknown option '${arg}'`,
          'the options are --service NAME, --container NAME and --exit-code N.',
        );
      words.push(arg);
      continue;
    }
    const value = inline ?? args[++index];
    if (value === undefined)
      return usageError(`chaos kill-container: option '${flag}' needs a value`, EXAMPLE[flag]);
    if (flag === '--container') container = value;
    else if (flag === '--service') service = value;
    else if (/^\d{1,3}$/.test(value) && Number(value) <= 255) exitCode = Number(value);
    else return usageError(`chaos kill-container: invalid exit code '${value}'`, EXAMPLE[flag]);
  }
  const ids = runningTasks(state).map((task) => task.id);
  const list =
    ids.length === 0
      ? 'No task is RUNNING right now: aws ecs list-tasks shows the tasks.'
      : `Tasks RUNNING now: ${listed(ids, 3)}.`;
  if (service !== undefined && words.length > 0)
    return usageError(
      `chaos kill-container: give a task id or --service, not both`,
      `--service ${service} picks that service's oldest RUNNING task.`,
    );
  let task: Task | 'ambiguous' | undefined;
  let ref: string;
  if (service === undefined) {
    const operandValue = operand('kill-container', words, 'task id', list);
    if (typeof operandValue !== 'string') return operandValue;
    ref = operandValue;
    task = findRunningTask(state, ref);
  } else {
    ref = `of service ${service}`;
    task = oldestRunningTaskOf(state, service);
  }
  if (task === 'ambiguous')
    return usageError(
      `chaos kill-container: '${ref}' matches more than one task`,
      `type more of the id. ${list}`,
    );
  if (task === undefined)
    return usageError(`chaos kill-container: no RUNNING task ${ref}`, didYouMean(null, list));
  const names = task.containers.filter((c) => c.lastStatus === 'RUNNING').map((c) => c.name);
  if (container !== undefined && !names.includes(container))
    return usageError(
      `chaos kill-container: no running container '${container}' in task ${task.id}`,
      suggestion(container, names, `Its running containers: ${names.join(', ')}.`),
    );
  const name =
    container ?? task.containers.find((c) => c.essential && c.lastStatus === 'RUNNING')?.name ?? names[0];
  const command: EcsCommand = {
    type: 'KillContainer',
    task: task.id,
    exitCode,
    ...(container === undefined ? {} : { container }),
  };
  return chaosDispatch(command, (outcome) =>
    refusedOr('kill-container', outcome, () => {
      const essential = task.containers.find((c) => c.name === name)?.essential ?? true;
      const next =
        task.serviceName === null
          ? ''
          : ` aws ecs describe-services --services ${task.serviceName} shows the service starting a replacement.`;
      return {
        output: withHint(
          `Container ${name ?? '?'} in task ${task.id} exited with code ${exitCode} (simulated).${essential ? ' It is essential, so ECS stops the task.' : ''}`,
          `${NOT_AWS}. Next, aws ecs describe-tasks --tasks ${task.id} shows "stoppedReason" and the exit code.${next}`,
        ),
        isError: false,
      };
    }),
  );
}
