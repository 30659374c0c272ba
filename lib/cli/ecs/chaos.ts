import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState, Task } from '../../sim/ecs/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, type CliProgram, type CliResult, type DispatchOutcome, type Printed } from '../types';
import { listed, NOT_AWS, renderOutage, renderRestore } from './chaos-zones';

/**
 * `chaos`: Dockyard's fault injection. Not an AWS command (help, usage and every hint say so): it
 * produces the failures ECS is built to survive (an Availability Zone outage, an agent that loses
 * its connection, a container that exits) so the learner can watch ECS react.
 */

const SUBCOMMANDS = [
  'fail-az',
  'restore-az',
  'disconnect-agent',
  'reconnect-agent',
  'kill-container',
] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

const USAGE = [
  'usage: chaos fail-az AZ | restore-az AZ',
  '       chaos disconnect-agent INSTANCE_ID | reconnect-agent INSTANCE_ID',
  '       chaos kill-container TASK_ID|--service NAME [--container NAME] [--exit-code N]',
].join('\n');

/** An app that crashes exits 1; 137 (SIGKILL) is what an out-of-memory kill gives, so not the default. */
export const DEFAULT_EXIT_CODE = 1;

type Result = CliResult<EcsState, EcsCommand>;

const usageError = (message: string, hint: string): Result => fail(withHint(message, hint));

export function availabilityZones(state: EcsState): string[] {
  return [...new Set(state.subnets.map((subnet) => subnet.az))];
}

/** EC2 instances with a registered container instance: the ones that have an ECS agent to cut off. */
export function agentInstances(state: EcsState): string[] {
  return state.containerInstances.filter((ci) => ci.status !== 'INACTIVE').map((ci) => ci.ec2InstanceId);
}

export const runningTasks = (state: EcsState): Task[] =>
  state.tasks.filter((task) => task.lastStatus === 'RUNNING');

function suggestion(word: string, candidates: readonly string[], list: string): string {
  return didYouMean(closestWord(word, candidates), list);
}

function dispatch(command: EcsCommand, render: (outcome: DispatchOutcome<EcsState>) => Printed): Result {
  return { kind: 'dispatch', command, render };
}

/** The engine refused (it re-checks everything): print its reason as chaos's own error. */
function refusedOr(sub: Subcommand, outcome: DispatchOutcome<EcsState>, ok: () => Printed): Printed {
  if (outcome.error === undefined) return ok();
  return { output: `chaos ${sub}: ${outcome.error.message}`, isError: true };
}

/** The one operand a subcommand takes, or its usage error. */
function operand(sub: Subcommand, args: readonly string[], what: string, list: string): string | Result {
  const [value, ...extra] = args;
  if (value === undefined) return usageError(`chaos ${sub}: missing ${what}`, didYouMean(null, list));
  if (extra.length === 0) return value;
  return usageError(`chaos ${sub}: unexpected argument '${extra[0] ?? ''}'`, `give one ${what}.`);
}

function zoneCommand(sub: 'fail-az' | 'restore-az', args: readonly string[], state: EcsState): Result {
  const zones = availabilityZones(state);
  const list = `The Availability Zones here are ${zones.join(', ')}.`;
  const az = operand(
    sub,
    args,
    'Availability Zone',
    `${list} For example: chaos ${sub} ${zones[1] ?? 'us-east-1b'}.`,
  );
  if (typeof az !== 'string') return az;
  if (!zones.includes(az))
    return usageError(`chaos ${sub}: unknown Availability Zone '${az}'`, suggestion(az, zones, list));
  const down = state.subnets.some((subnet) => subnet.az === az && !subnet.available);
  if (sub === 'fail-az' && down)
    return usageError(`chaos fail-az: ${az} is already down`, `chaos restore-az ${az} brings it back.`);
  if (sub === 'restore-az' && !down)
    return usageError(`chaos restore-az: ${az} is not down`, `chaos fail-az ${az} takes it down.`);
  if (sub === 'fail-az')
    return dispatch({ type: 'FailAvailabilityZone', az }, (outcome) =>
      refusedOr(sub, outcome, () => renderOutage(az, outcome)),
    );
  return dispatch({ type: 'RestoreAvailabilityZone', az }, (outcome) =>
    refusedOr(sub, outcome, () => renderRestore(az, outcome)),
  );
}

function agentCommand(
  sub: 'disconnect-agent' | 'reconnect-agent',
  args: readonly string[],
  state: EcsState,
): Result {
  const ids = agentInstances(state);
  const list =
    ids.length === 0
      ? 'No instance has registered with ECS yet: launch one with the ECS-optimized AMI (aws ec2 run-instances).'
      : `The instances with an ECS agent are ${listed(ids)}.`;
  const id = operand(sub, args, 'instance id', list);
  if (typeof id !== 'string') return id;
  const ci = state.containerInstances.find((c) => c.ec2InstanceId === id && c.status !== 'INACTIVE');
  if (ci === undefined)
    return usageError(
      `chaos ${sub}: ${id} is not a registered container instance`,
      suggestion(id, ids, list),
    );
  const connect = sub === 'reconnect-agent';
  const instance = state.instances.find((i) => i.id === id);
  if (connect && instance?.state !== 'running')
    return usageError(
      `chaos reconnect-agent: ${id} is ${instance?.state ?? 'gone'}`,
      'an agent runs only on a running instance; aws ec2 start-instances starts it and the agent reconnects by itself.',
    );
  if (ci.agentConnected === connect)
    return usageError(
      `chaos ${sub}: the agent on ${id} is already ${connect ? 'connected' : 'disconnected'}`,
      `chaos ${connect ? 'disconnect' : 'reconnect'}-agent ${id} does the opposite.`,
    );
  const command: EcsCommand = connect
    ? { type: 'ReconnectAgent', instanceId: id }
    : { type: 'DisconnectAgent', instanceId: id };
  return dispatch(command, (outcome) =>
    refusedOr(sub, outcome, () => ({
      output: withHint(
        connect
          ? `The ECS agent on ${id} is connected again (simulated).`
          : `The ECS agent on ${id} lost its connection (simulated); its tasks keep running, but ECS cannot place new ones there.`,
        `${NOT_AWS}. Next, aws ecs describe-container-instances --container-instances ${ci.id} shows "agentConnected": ${connect}.`,
      ),
      isError: false,
    })),
  );
}

/** A task by id, ARN, or unique id prefix (at least 4 characters), among running tasks. */
function findRunningTask(state: EcsState, ref: string): Task | 'ambiguous' | undefined {
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

function killContainer(args: readonly string[], state: EcsState): Result {
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
  return dispatch(command, (outcome) =>
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

export const chaosProgram: CliProgram<EcsState, EcsCommand> = {
  name: 'chaos',
  help: [
    'chaos fail-az AZ | restore-az AZ   Dockyard’s fault injection (not an AWS command): an Availability Zone outage',
    'chaos disconnect-agent INSTANCE_ID  cut an ECS agent’s connection (reconnect-agent restores it)',
    'chaos kill-container TASK_ID|--service NAME [--container NAME] [--exit-code N]   make a container exit (code 1 by default)',
  ],
  run(args, state) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'fail-az':
      case 'restore-az':
        return zoneCommand(sub, rest, state);
      case 'disconnect-agent':
      case 'reconnect-agent':
        return agentCommand(sub, rest, state);
      case 'kill-container':
        return killContainer(rest, state);
      case undefined:
      case 'help':
      case '--help':
        return usageError(
          USAGE,
          `${NOT_AWS}; e.g. chaos fail-az ${availabilityZones(state)[1] ?? 'us-east-1b'}.`,
        );
      default:
        return usageError(
          `chaos: '${sub}' is not a chaos command.\n${USAGE}`,
          didYouMean(closestWord(sub, SUBCOMMANDS), `${NOT_AWS}.`),
        );
    }
  },
  complete(before, state) {
    const [sub, ...rest] = before;
    if (sub === undefined) return SUBCOMMANDS;
    if (sub === 'fail-az' || sub === 'restore-az') return rest.length === 0 ? availabilityZones(state) : [];
    if (sub === 'disconnect-agent' || sub === 'reconnect-agent')
      return rest.length === 0 ? agentInstances(state) : [];
    if (sub !== 'kill-container') return [];
    const last = rest.at(-1);
    if (last === '--container') {
      const task = rest[0] === undefined ? undefined : findRunningTask(state, rest[0]);
      return task === undefined || task === 'ambiguous' ? [] : task.containers.map((c) => c.name);
    }
    if (last === '--exit-code') return ['1', '137'];
    return rest.length === 0 ? runningTasks(state).map((task) => task.id) : ['--container', '--exit-code'];
  },
};
