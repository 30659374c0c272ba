import { boolean, document, integer, list, string, STRING_LIST, structure, type Shape } from './shape';

/**
 * The structures the console passes as JSON or shorthand to ECS RunTask and CreateService
 * (`--network-configuration`, `--placement-strategy`…), members in the model's order. Validate one
 * with its member name so the paths read as botocore prints them:
 * `validateParams(NETWORK_CONFIGURATION, value, 'networkConfiguration')`.
 */

export const NETWORK_CONFIGURATION: Shape = structure({
  awsvpcConfiguration: structure(
    { subnets: STRING_LIST, securityGroups: STRING_LIST, assignPublicIp: string() },
    ['subnets'],
  ),
});

export const PLACEMENT_STRATEGY: Shape = list(structure({ type: string(), field: string() }));

export const PLACEMENT_CONSTRAINTS: Shape = list(structure({ type: string(), expression: string() }));

export const LOAD_BALANCERS: Shape = list(
  structure({
    targetGroupArn: string(),
    loadBalancerName: string(),
    containerName: string(),
    containerPort: integer(),
    // The 2025 blue/green addition; which of its members the model requires is unconfirmed.
    advancedConfiguration: structure({
      alternateTargetGroupArn: string(),
      productionListenerRule: string(),
      testListenerRule: string(),
      roleArn: string(),
    }),
  }),
);

export const DEPLOYMENT_CONFIGURATION: Shape = structure({
  deploymentCircuitBreaker: structure({ enable: boolean(), rollback: boolean() }, ['enable', 'rollback']),
  maximumPercent: integer(),
  minimumHealthyPercent: integer(),
  alarms: structure({ alarmNames: STRING_LIST, rollback: boolean(), enable: boolean() }, [
    'alarmNames',
    'rollback',
    'enable',
  ]),
  strategy: string(),
  bakeTimeInMinutes: integer(),
  lifecycleHooks: list(
    structure({
      hookTargetArn: string(),
      roleArn: string(),
      lifecycleStages: STRING_LIST,
      hookDetails: document(),
    }),
  ),
});

/** `CapacityProviderStrategyItemWeight` (0–1000) and `…Base` (0–100000) carry a `min` of 0. */
export const CAPACITY_PROVIDER_STRATEGY: Shape = list(
  structure({ capacityProvider: string(), weight: integer(0), base: integer(0) }, ['capacityProvider']),
);
