import type { CommandError } from '../../sim/core/types';
import type { EcsState } from '../../sim/ecs/types';
import { closestWord, didYouMean } from '../suggest';
import { fargateSizesHint } from './registration-hints';

/**
 * The `Dockyard:` line under an AWS error: what the learner can run next. The AWS text above it is
 * never changed; these lines are the course's own words.
 */

const SUBNET_EXAMPLE = 'awsvpcConfiguration={subnets=[SUBNET_ID],assignPublicIp=ENABLED}';

export function subnetExample(state: EcsState): string {
  const subnet = state.subnets.find((candidate) => candidate.available)?.id ?? 'subnet-…';
  return `--network-configuration "${SUBNET_EXAMPLE.replace('SUBNET_ID', subnet)}"`;
}

export function clusterHint(state: EcsState, name?: string): string {
  const names = state.clusters
    .filter((cluster) => cluster.status === 'ACTIVE')
    .map((cluster) => cluster.name);
  const suggestion = name === undefined ? null : closestWord(name, names);
  if (names.length === 0)
    return 'there is no cluster yet: aws ecs create-cluster --cluster-name NAME creates one (without --cluster, commands use "default").';
  return didYouMean(
    suggestion === null ? null : `--cluster ${suggestion}`,
    `Clusters here: ${names.join(', ')} (aws ecs list-clusters).`,
  );
}

/** For an unknown subnet id (RunTask / CreateService network configuration, RunInstances). */
export function subnetHint(state: EcsState, id?: string): string {
  const ids = state.subnets.map((subnet) => subnet.id);
  return didYouMean(
    id === undefined ? null : closestWord(id, ids),
    `Subnets here: ${state.subnets.map((subnet) => `${subnet.id} (${subnet.az})`).join(', ')}; aws ec2 describe-subnets lists them.`,
  );
}

export const MEMBER_OF_EXAMPLE = `--placement-constraints '[{"type":"memberOf","expression":"attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"}]'`;

/** Placement constraint refusals (reference §4.3). */
function placementHint(message: string): string | null {
  if (message === 'memberOf expression should be specified.')
    return `a memberOf constraint needs an expression, e.g. ${MEMBER_OF_EXAMPLE}.`;
  if (message.startsWith('Invalid memberOf expression'))
    return 'an expression reads attribute:NAME OPERATOR VALUE, e.g. attribute:ecs.instance-type =~ t3.* or attribute:ecs.availability-zone in [us-east-1a, us-east-1b] (aws ecs describe-container-instances lists the attributes).';
  return null;
}

function invalidParameterHint(message: string, state: EcsState): string | null {
  if (message.startsWith('No Container Instances were found'))
    return 'this cluster has no EC2 capacity: launch instances with the ECS-optimized AMI and ECS_CLUSTER=NAME in their user data, or use --launch-type FARGATE.';
  if (message.startsWith('Task definition does not support launch_type'))
    return 'aws ecs describe-task-definition shows "compatibilities"; register a revision with --requires-compatibilities for that launch type.';
  if (message.startsWith('Error retrieving subnet information'))
    return subnetHint(state, /The subnet ID '([^']*)'/.exec(message)?.[1]);
  if (message.startsWith('Network Configuration is not valid for the given networkMode'))
    return 'only awsvpc task definitions take --network-configuration: leave it out for bridge or host mode, or register a revision with --network-mode awsvpc.';
  if (/networkConfiguration|awsvpc/i.test(message))
    return `awsvpc tasks need a network configuration, e.g. ${subnetExample(state)} (aws ec2 describe-subnets lists the subnets).`;
  if (/Launch Type or Capacity Provider Strategy/i.test(message))
    return 'give --launch-type or --capacity-provider-strategy, not both.';
  if (message.startsWith('The platform version must be null'))
    return 'platform versions are for Fargate only: leave out --platform-version for EC2 tasks.';
  if (message.startsWith('FARGATE_SPOT capacity provider is not supported'))
    return 'Fargate Spot runs Linux tasks only: use capacityProvider=FARGATE for Windows tasks.';
  return null;
}

/** §6: Fargate platform versions. */
function platformHint(code: string): string | null {
  if (code === 'PlatformUnknownException')
    return 'Fargate platform versions are LATEST (today 1.4.0), 1.4.0 and 1.3.0 for Linux, and 1.0.0 for Windows; leave --platform-version out for LATEST.';
  if (code === 'PlatformTaskDefinitionIncompatibilityException')
    return 'this task definition cannot run on that platform version: ARM64 tasks need 1.4.0, Windows tasks 1.0.0 (or LATEST).';
  return null;
}

/** A hint for an error the ECS engine returned, from its code and message. */
export function ecsErrorHint(error: CommandError, state: EcsState, cluster?: string): string | null {
  const message = error.message;
  switch (error.code) {
    case 'ClusterNotFoundException':
      return clusterHint(state, cluster);
    case 'ServiceNotFoundException':
      return 'aws ecs list-services --cluster CLUSTER lists the services; a service lives in one cluster.';
    case 'ServiceNotActiveException':
      return 'the service was deleted; aws ecs describe-services shows its status.';
    case 'ClientException':
      if (/TaskDefinition not found|does not exist|Unable to describe/i.test(message))
        return 'aws ecs list-task-definitions shows the registered revisions (FAMILY:REVISION).';
      if (message.startsWith("Invalid 'cpu' setting")) return fargateSizesHint();
      return null;
    case 'InvalidParameterException':
      return placementHint(message) ?? invalidParameterHint(message, state);
    case 'AccessDeniedException':
      return 'aws iam list-attached-role-policies --role-name ROLE shows what a role may do.';
    default:
      return platformHint(error.code);
  }
}
