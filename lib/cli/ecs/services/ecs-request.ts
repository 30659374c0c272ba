import type { EcsCommandOf } from '../../../sim/ecs/commands';
import { fail } from '../../types';
import type { ApiInput } from '../args/param-values';
import { int, record, records, str, strings, type Result } from '../operation';
import { enumError } from './ecs-task-definitions';

/**
 * From the API request (what the CLI sends) to the engine command's fields: the structures RunTask,
 * CreateService and UpdateService share. Values outside an enum are refused here, in ECS's words,
 * since the command schema cannot carry them.
 */

export type Converted<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly result: Result };

type RunTask = EcsCommandOf<'RunTask'>;
type NetworkConfiguration = NonNullable<RunTask['networkConfiguration']>;

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const refuse = <T>(result: Result): Converted<T> => ({ ok: false, result });

export const LAUNCH_TYPES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] as const;

/** `--availability-zone-rebalancing ENABLED|DISABLED` (§5.8). */
export function rebalancingOf(api: string, input: ApiInput): Converted<'ENABLED' | 'DISABLED' | undefined> {
  const value = str(input, 'availabilityZoneRebalancing');
  if (value === undefined || value === 'ENABLED' || value === 'DISABLED') return ok(value);
  return refuse(enumError(api, 'availabilityZoneRebalancing', value, ['ENABLED', 'DISABLED']));
}

export function launchTypeOf(api: string, input: ApiInput): Converted<'EC2' | 'FARGATE' | undefined> {
  const value = str(input, 'launchType');
  if (value === undefined || value === 'EC2' || value === 'FARGATE') return ok(value);
  if ((LAUNCH_TYPES as readonly string[]).includes(value))
    return refuse(fail(`Dockyard: launch type ${value} is not simulated here; use EC2 or FARGATE.`));
  return refuse(enumError(api, 'launchType', value, LAUNCH_TYPES));
}

export function networkConfigurationOf(
  api: string,
  input: ApiInput,
): Converted<NetworkConfiguration | undefined> {
  const config = record(record(input['networkConfiguration'])?.['awsvpcConfiguration']);
  if (config === undefined) return ok(undefined);
  const assign = str(config, 'assignPublicIp') ?? 'DISABLED';
  if (assign !== 'ENABLED' && assign !== 'DISABLED')
    return refuse(
      enumError(api, 'networkConfiguration.awsvpcConfiguration.assignPublicIp', assign, [
        'ENABLED',
        'DISABLED',
      ]),
    );
  return ok({
    subnets: strings(config, 'subnets') ?? [],
    securityGroups: strings(config, 'securityGroups') ?? [],
    assignPublicIp: assign,
  });
}

export function placementStrategyOf(input: ApiInput): RunTask['placementStrategy'] {
  const items = records(input['placementStrategy']);
  return items?.map((item) => {
    const field = str(item, 'field');
    return { type: str(item, 'type') ?? '', ...(field === undefined ? {} : { field }) };
  });
}

export function placementConstraintsOf(input: ApiInput): RunTask['placementConstraints'] {
  const items = records(input['placementConstraints']);
  return items?.map((item) => {
    const expression = str(item, 'expression');
    return { type: str(item, 'type') ?? '', ...(expression === undefined ? {} : { expression }) };
  });
}

/** base and weight default to 0 when left out (API CapacityProviderStrategyItem). */
export function capacityProviderStrategyOf(
  input: ApiInput,
  member = 'capacityProviderStrategy',
): RunTask['capacityProviderStrategy'] {
  const items = records(input[member]);
  return items?.map((item) => ({
    capacityProvider: str(item, 'capacityProvider') ?? '',
    base: int(item, 'base') ?? 0,
    weight: int(item, 'weight') ?? 0,
  }));
}

type DeploymentConfiguration = NonNullable<EcsCommandOf<'CreateService'>['deploymentConfiguration']>;

export function deploymentConfigurationOf(input: ApiInput): DeploymentConfiguration | undefined {
  const config = record(input['deploymentConfiguration']);
  if (config === undefined) return undefined;
  const breaker = record(config['deploymentCircuitBreaker']);
  const maximumPercent = int(config, 'maximumPercent');
  const minimumHealthyPercent = int(config, 'minimumHealthyPercent');
  return {
    ...(minimumHealthyPercent === undefined ? {} : { minimumHealthyPercent }),
    ...(maximumPercent === undefined ? {} : { maximumPercent }),
    ...(breaker === undefined
      ? {}
      : { circuitBreaker: { enable: breaker['enable'] === true, rollback: breaker['rollback'] === true } }),
  };
}

type LoadBalancers = NonNullable<EcsCommandOf<'CreateService'>['loadBalancers']>;

export function loadBalancersOf(input: ApiInput): Converted<LoadBalancers | undefined> {
  const items = records(input['loadBalancers']);
  if (items === undefined) return ok(undefined);
  if (items.some((item) => str(item, 'targetGroupArn') === undefined))
    return refuse(
      fail(
        'Dockyard: Classic Load Balancers (loadBalancerName) are not simulated; give targetGroupArn (aws elbv2 describe-target-groups).',
      ),
    );
  return ok(
    items.map((item) => ({
      targetGroupArn: str(item, 'targetGroupArn') ?? '',
      containerName: str(item, 'containerName') ?? '',
      containerPort: int(item, 'containerPort') ?? 0,
    })),
  );
}
