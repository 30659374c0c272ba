import { ACCOUNT_ID, arn } from '../../../sim/ecs/catalog';
import type { AwsVpcConfiguration, Deployment, EcsState, Service, Task } from '../../../sim/ecs/types';
import { isoTimestamp } from './aws-json';
import { availabilityZoneRebalancingOf } from '../../../sim/ecs/services';
import { launchTypeOf } from '../../../sim/ecs/services/capacity';
import {
  LATEST,
  LATEST_LINUX,
  platformFamilyOf,
  resolvePlatformVersion,
} from '../../../sim/ecs/fargate/platform-versions';

/**
 * The `service` of CreateService / UpdateService / DeleteService and an element of DescribeServices'
 * `services[]`, keys in the order of the CLI's own example output (aws-cli `ecs/create-service.rst`).
 */

const PENDING = new Set<Task['lastStatus']>(['PROVISIONING', 'PENDING', 'ACTIVATING']);

export const ECS_SERVICE_LINKED_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;

/** Counts by lastStatus: a task being stopped still counts as running until it has stopped. */
function counts(tasks: readonly Task[]): { runningCount: number; pendingCount: number } {
  return {
    runningCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
    pendingCount: tasks.filter((task) => PENDING.has(task.lastStatus)).length,
  };
}

export function networkConfigurationJson(config: AwsVpcConfiguration): Record<string, unknown> {
  return {
    awsvpcConfiguration: {
      subnets: [...config.subnets],
      securityGroups: [...config.securityGroups],
      assignPublicIp: config.assignPublicIp,
    },
  };
}

function launchJson(service: Service): Record<string, unknown> {
  if (service.capacityProviderStrategy.length > 0)
    return {
      capacityProviderStrategy: service.capacityProviderStrategy.map((item) => ({
        capacityProvider: item.capacityProvider,
        weight: item.weight,
        base: item.base,
      })),
    };
  return service.launchType === null ? {} : { launchType: service.launchType };
}

const onFargate = (service: Service): boolean =>
  launchTypeOf({ launchType: service.launchType, strategy: service.capacityProviderStrategy }) === 'FARGATE';

/**
 * §6: the service shows the platform version asked for (`LATEST` by default); each deployment
 * shows the version it resolved to (`1.4.0`), as describe-services does.
 */
function platformJson(
  service: Service,
  state: EcsState,
  taskDefinitionArn: string,
  asked: string | undefined,
  resolve: boolean,
): Record<string, unknown> {
  if (!onFargate(service)) return {};
  const def = state.taskDefinitions.find((d) => d.arn === taskDefinitionArn);
  const requested = asked ?? service.platformVersion ?? LATEST;
  const resolved = def === undefined ? null : resolvePlatformVersion(requested, def, 'FARGATE');
  const version = !resolve
    ? requested
    : resolved?.ok === true
      ? (resolved.version ?? LATEST_LINUX)
      : LATEST_LINUX;
  return { platformVersion: version, platformFamily: platformFamilyOf(def) };
}

function deploymentJson(
  deployment: Deployment,
  service: Service,
  state: EcsState,
  tasks: readonly Task[] | null,
): Record<string, unknown> {
  const own = counts((tasks ?? []).filter((task) => task.deploymentId === deployment.id));
  return {
    id: deployment.id,
    status: deployment.status,
    taskDefinition: deployment.taskDefinitionArn,
    // Deployments list pendingCount before runningCount (aws-cli ecs/update-service.rst).
    desiredCount: deployment.desiredCount,
    pendingCount: own.pendingCount,
    runningCount: own.runningCount,
    failedTasks: tasks === null ? 0 : deployment.failedTasks,
    createdAt: isoTimestamp(deployment.createdAt),
    updatedAt: isoTimestamp(deployment.updatedAt),
    ...launchJson(service),
    ...platformJson(service, state, deployment.taskDefinitionArn, deployment.platformVersion, true),
    ...(service.networkConfiguration === null
      ? {}
      : { networkConfiguration: networkConfigurationJson(service.networkConfiguration) }),
    rolloutState: deployment.rolloutState,
    rolloutStateReason: deployment.rolloutStateReason,
  };
}

export interface ServiceJsonOptions {
  /**
   * CreateService's answer: the service as the API created it, before the scheduler acted. Real
   * responses show runningCount and pendingCount 0, no events and deployment counts 0 (aws-cli
   * `ecs/create-service.rst`), even though the engine has already started tasks in the state after
   * the call; the next DescribeServices shows them.
   */
  readonly asCreated?: boolean;
}

export function serviceJson(
  service: Service,
  state: EcsState,
  options: ServiceJsonOptions = {},
): Record<string, unknown> {
  const asCreated = options.asCreated === true;
  const tasks = asCreated
    ? null
    : state.tasks.filter((task) => task.cluster === service.cluster && task.serviceName === service.name);
  const config = service.deploymentConfiguration;
  return {
    serviceArn: service.arn,
    serviceName: service.name,
    clusterArn: arn('ecs', `cluster/${service.cluster}`),
    loadBalancers: service.loadBalancers.map((link) => ({
      targetGroupArn: link.targetGroupArn,
      containerName: link.containerName,
      containerPort: link.containerPort,
    })),
    serviceRegistries: [],
    status: service.status,
    desiredCount: service.desiredCount,
    ...counts(tasks ?? []),
    ...launchJson(service),
    ...platformJson(service, state, service.taskDefinitionArn, service.platformVersion, false),
    taskDefinition: service.taskDefinitionArn,
    deploymentConfiguration: {
      deploymentCircuitBreaker: {
        enable: config.circuitBreaker.enable,
        rollback: config.circuitBreaker.rollback,
      },
      maximumPercent: config.maximumPercent,
      minimumHealthyPercent: config.minimumHealthyPercent,
      // No CloudWatch alarms: the API still answers the empty block (aws-cli ecs/update-service.rst).
      alarms: { alarmNames: [], rollback: false, enable: false },
    },
    deployments: service.deployments.map((deployment) => deploymentJson(deployment, service, state, tasks)),
    roleArn: ECS_SERVICE_LINKED_ROLE,
    events: (asCreated ? [] : service.events).map((event) => ({
      id: event.id,
      createdAt: isoTimestamp(event.createdAt),
      message: event.message,
    })),
    createdAt: isoTimestamp(service.createdAt),
    placementConstraints: service.placementConstraints.map((constraint) => ({ ...constraint })),
    placementStrategy: service.placementStrategy.map((strategy) => ({ ...strategy })),
    ...(service.networkConfiguration === null
      ? {}
      : { networkConfiguration: networkConfigurationJson(service.networkConfiguration) }),
    ...(service.loadBalancers.length > 0 || service.healthCheckGracePeriodSeconds > 0
      ? { healthCheckGracePeriodSeconds: service.healthCheckGracePeriodSeconds }
      : {}),
    schedulingStrategy: service.schedulingStrategy,
    deploymentController: { type: 'ECS' },
    createdBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    enableECSManagedTags: false,
    propagateTags: 'NONE',
    enableExecuteCommand: false,
    availabilityZoneRebalancing: availabilityZoneRebalancingOf(service),
  };
}
