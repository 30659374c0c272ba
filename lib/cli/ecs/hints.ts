import type { CommandError } from '../../sim/core/types';
import type { EcsState } from '../../sim/ecs/types';
import { closestWord, didYouMean } from '../suggest';

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
      if (message.startsWith("Invalid 'cpu' setting"))
        return 'that cpu/memory pair is not a Fargate size: 256 CPU units take 512, 1024 or 2048 MiB; 512 take 1–4 GB; 1024 take 2–8 GB; 2048 take 4–16 GB.';
      return null;
    case 'InvalidParameterException':
      if (message.startsWith('No Container Instances were found'))
        return 'this cluster has no EC2 capacity: launch instances with the ECS-optimized AMI and ECS_CLUSTER=NAME in their user data, or use --launch-type FARGATE.';
      if (message.startsWith('Task definition does not support launch_type'))
        return 'aws ecs describe-task-definition shows "compatibilities"; register a revision with --requires-compatibilities for that launch type.';
      if (/networkConfiguration|awsvpc/i.test(message))
        return `awsvpc tasks need a network configuration, e.g. ${subnetExample(state)} (aws ec2 describe-subnets lists the subnets).`;
      if (/Launch Type or Capacity Provider Strategy/i.test(message))
        return 'give --launch-type or --capacity-provider-strategy, not both.';
      return null;
    case 'AccessDeniedException':
      return 'aws iam list-attached-role-policies --role-name ROLE shows what a role may do.';
    default:
      return null;
  }
}
