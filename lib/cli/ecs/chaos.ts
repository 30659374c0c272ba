import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState } from '../../sim/ecs/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import type { CliProgram } from '../types';
import { findRunningTask, killContainer } from './chaos-kill-container';
import { interruptSpot, runningSpotTasks, spotCapacity } from './chaos-spot';
import {
  chaosDispatch,
  operand,
  refusedOr,
  runningTasks,
  suggestion,
  usageError,
  type ChaosResult,
} from './chaos-shared';
import { listed, NOT_AWS, renderOutage, renderRestore } from './chaos-zones';

/**
 * `chaos`: Dockyard's fault injection. Not an AWS command (help, usage and every hint say so): it
 * produces the failures ECS is built to survive (an Availability Zone outage, an agent that loses
 * its connection, a container that exits, Fargate Spot taking its capacity back) so the learner
 * can watch ECS react.
 */

const SUBCOMMANDS = [
  'fail-az',
  'restore-az',
  'disconnect-agent',
  'reconnect-agent',
  'kill-container',
  'interrupt-spot',
  'spot-capacity',
] as const;

const USAGE = [
  'usage: chaos fail-az AZ | restore-az AZ',
  '       chaos disconnect-agent INSTANCE_ID | reconnect-agent INSTANCE_ID',
  '       chaos kill-container TASK_ID|--service NAME [--container NAME] [--exit-code N]',
  '       chaos interrupt-spot [TASK_ID…|--count N] | spot-capacity off|on',
].join('\n');

export function availabilityZones(state: EcsState): string[] {
  return [...new Set(state.subnets.map((subnet) => subnet.az))];
}

/** EC2 instances with a registered container instance: the ones that have an ECS agent to cut off. */
export function agentInstances(state: EcsState): string[] {
  return state.containerInstances.filter((ci) => ci.status !== 'INACTIVE').map((ci) => ci.ec2InstanceId);
}

function zoneCommand(sub: 'fail-az' | 'restore-az', args: readonly string[], state: EcsState): ChaosResult {
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
    return chaosDispatch({ type: 'FailAvailabilityZone', az }, (outcome) =>
      refusedOr(sub, outcome, () => renderOutage(az, outcome)),
    );
  return chaosDispatch({ type: 'RestoreAvailabilityZone', az }, (outcome) =>
    refusedOr(sub, outcome, () => renderRestore(az, outcome)),
  );
}

function agentCommand(
  sub: 'disconnect-agent' | 'reconnect-agent',
  args: readonly string[],
  state: EcsState,
): ChaosResult {
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
  return chaosDispatch(command, (outcome) =>
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

export const chaosProgram: CliProgram<EcsState, EcsCommand> = {
  name: 'chaos',
  help: [
    'chaos fail-az AZ | restore-az AZ   Dockyard’s fault injection (not an AWS command): an Availability Zone outage',
    'chaos disconnect-agent INSTANCE_ID  cut an ECS agent’s connection (reconnect-agent restores it)',
    'chaos kill-container TASK_ID|--service NAME [--container NAME] [--exit-code N]   make a container exit (code 1 by default)',
    'chaos interrupt-spot [TASK_ID…|--count N]   give Fargate Spot tasks the two-minute warning (the oldest one by default)',
    'chaos spot-capacity off|on   take Fargate Spot’s spare capacity away (new Spot tasks cannot start) or give it back',
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
      case 'interrupt-spot':
        return interruptSpot(rest, state);
      case 'spot-capacity':
        return spotCapacity(rest, state);
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
    if (sub === 'interrupt-spot')
      return rest.at(-1) === '--count'
        ? ['1', '2']
        : [...runningSpotTasks(state).map((task) => task.id), '--count'];
    if (sub === 'spot-capacity') return rest.length === 0 ? ['off', 'on'] : [];
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
