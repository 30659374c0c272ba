import { INSTANCE_TYPES, MANAGED_POLICIES, SSM_PARAMETERS, policyArn } from '../../sim/ecs/catalog';
import type { EcsState } from '../../sim/ecs/types';
import { optionStrings } from './args/parse-args';
import { AWS_SERVICES, findAwsService, findOperation } from './service-table';

/**
 * Tab completion for `aws`: services, operations, the operation's options not used yet, and
 * values from the state after an option that takes one (cluster names, task ids, subnets…).
 */

const live = <T extends { readonly status: string }>(items: readonly T[]): T[] =>
  items.filter((item) => item.status !== 'INACTIVE');

function networkExample(state: EcsState): string {
  const subnets = state.subnets.filter((subnet) => subnet.available).map((subnet) => subnet.id);
  return `awsvpcConfiguration={subnets=[${subnets.join(',')}],assignPublicIp=ENABLED}`;
}

/** Values for the option just typed, from the simulated account. */
export function optionValues(flag: string, state: EcsState): readonly string[] {
  const families = [
    ...new Set(state.taskDefinitions.filter((d) => d.status === 'ACTIVE').map((d) => d.family)),
  ];
  switch (flag) {
    case '--cluster':
    case '--clusters':
      return live(state.clusters).map((cluster) => cluster.name);
    case '--cluster-name':
      return ['default'];
    case '--task-definition':
      return [...families, ...live(state.taskDefinitions).map((d) => `${d.family}:${d.revision}`)];
    case '--family':
    case '--family-prefix':
      return families;
    case '--task':
    case '--tasks':
      return state.tasks.map((task) => task.id);
    case '--service':
    case '--services':
    case '--service-name':
      return live(state.services).map((service) => service.name);
    case '--container-instance':
    case '--container-instances':
      return live(state.containerInstances).map((ci) => ci.id);
    case '--instance-ids':
      return state.instances.filter((i) => i.state !== 'terminated').map((i) => i.id);
    case '--subnet-id':
    case '--subnet-ids':
      return state.subnets.map((subnet) => subnet.id);
    case '--instance-type':
      return INSTANCE_TYPES.map((type) => type.name);
    case '--image-id':
      return Object.keys(SSM_PARAMETERS).map((name) => `resolve:ssm:${name}`);
    case '--names':
    case '--name':
      return Object.keys(SSM_PARAMETERS);
    case '--iam-instance-profile':
      return state.roles.filter((role) => role.instanceProfile).map((role) => `Name=${role.name}`);
    case '--role-name':
      return state.roles.map((role) => role.name);
    case '--policy-arn':
      return Object.keys(MANAGED_POLICIES).map(policyArn);
    case '--log-group-name':
      return state.logGroups;
    case '--target-group-arn':
      return state.targetGroups.map((group) => group.arn);
    case '--auto-scaling-group-name':
      return state.autoScalingGroups.map((group) => group.name);
    case '--launch-type':
      return ['EC2', 'FARGATE'];
    case '--platform-version':
      return ['LATEST', '1.4.0', '1.3.0'];
    case '--requires-compatibilities':
      return ['EC2', 'FARGATE'];
    case '--network-mode':
      return ['awsvpc', 'bridge', 'host', 'none'];
    case '--network-configuration':
      return [networkExample(state)];
    case '--scheduling-strategy':
      return ['REPLICA', 'DAEMON'];
    case '--status':
      return ['ACTIVE', 'DRAINING'];
    case '--desired-status':
      return ['RUNNING', 'STOPPED'];
    case '--count':
    case '--desired-count':
      return ['1', '2', '3', '4'];
    case '--since':
      return ['5m', '10m', '30m', '1h'];
    case '--format':
      return ['detailed', 'short'];
    case '--output':
      return ['json'];
    case '--service-namespace':
      return ['ecs'];
    case '--scalable-dimension':
      return ['ecs:service:DesiredCount'];
    case '--resource-id':
      return live(state.services).map((service) => `service/${service.cluster}/${service.name}`);
    case '--policy-type':
      return ['TargetTrackingScaling'];
    case '--cli-input-json':
    case '--container-definitions':
    case '--user-data':
      return ['file://'];
    default:
      return [];
  }
}

const VALUE_LIST_FLAGS = new Set([
  '--tasks',
  '--services',
  '--container-instances',
  '--instance-ids',
  '--clusters',
  '--subnet-ids',
  '--names',
  '--requires-compatibilities',
]);

export function completeAws(before: readonly string[], state: EcsState): readonly string[] {
  const [serviceName, operationName, ...rest] = before;
  if (serviceName === undefined) return [...AWS_SERVICES.map((service) => service.name), 'help'];
  const service = findAwsService(serviceName);
  if (service === undefined) return [];
  if (operationName === undefined) return [...service.operations.map((operation) => operation.name), 'help'];
  const operation = findOperation(service, operationName);
  if (operation === undefined) return [];
  const flags = [...optionStrings(operation.params), '--cli-input-json'].filter(
    (flag) => !rest.includes(flag),
  );
  const last = rest[rest.length - 1];
  if (operation.positionals !== undefined && rest.filter((word) => !word.startsWith('-')).length === 0)
    return [...state.logGroups, ...flags];
  if (last === undefined) return flags;
  const lastFlag = [...rest].reverse().find((word) => word.startsWith('--'));
  if (last.startsWith('--')) {
    const values = optionValues(last, state);
    const takesValue = operation.params.some((param) => param.flag === last && param.kind !== 'boolean');
    return takesValue || last === '--cli-input-json' ? values : flags;
  }
  if (lastFlag !== undefined && VALUE_LIST_FLAGS.has(lastFlag))
    return [...optionValues(lastFlag, state).filter((value) => !rest.includes(value)), ...flags];
  return flags;
}
