import { ACCOUNT_ID, arn } from '../../../sim/ecs/catalog';
import type { AwsVpcConfiguration, Deployment, EcsState, Service, Task } from '../../../sim/ecs/types';
import { isoTimestamp } from './aws-json';

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

function deploymentJson(
  deployment: Deployment,
  service: Service,
  tasks: readonly Task[],
): Record<string, unknown> {
  return {
    id: deployment.id,
    status: deployment.status,
    taskDefinition: deployment.taskDefinitionArn,
    desiredCount: deployment.desiredCount,
    ...counts(tasks.filter((task) => task.deploymentId === deployment.id)),
    failedTasks: deployment.failedTasks,
    createdAt: isoTimestamp(deployment.createdAt),
    updatedAt: isoTimestamp(deployment.updatedAt),
    ...launchJson(service),
    ...(service.launchType === 'FARGATE' ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {}),
    ...(service.networkConfiguration === null
      ? {}
      : { networkConfiguration: networkConfigurationJson(service.networkConfiguration) }),
    rolloutState: deployment.rolloutState,
    rolloutStateReason: deployment.rolloutStateReason,
  };
}

export function serviceJson(service: Service, state: EcsState): Record<string, unknown> {
  const tasks = state.tasks.filter(
    (task) => task.cluster === service.cluster && task.serviceName === service.name,
  );
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
    ...counts(tasks),
    ...launchJson(service),
    ...(service.launchType === 'FARGATE' ? { platformVersion: 'LATEST', platformFamily: 'Linux' } : {}),
    taskDefinition: service.taskDefinitionArn,
    deploymentConfiguration: {
      deploymentCircuitBreaker: {
        enable: config.circuitBreaker.enable,
        rollback: config.circuitBreaker.rollback,
      },
      maximumPercent: config.maximumPercent,
      minimumHealthyPercent: config.minimumHealthyPercent,
    },
    deployments: service.deployments.map((deployment) => deploymentJson(deployment, service, tasks)),
    roleArn: ECS_SERVICE_LINKED_ROLE,
    events: service.events.map((event) => ({
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
    availabilityZoneRebalancing: service.schedulingStrategy === 'REPLICA' ? 'ENABLED' : 'DISABLED',
  };
}
