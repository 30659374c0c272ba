import type { Json } from '../../core/types';
import { ACCOUNT_ID } from '../catalog';
import type { ContainerDefinition, TaskDefinition } from '../types';
import { requiresAttributes } from './requires-attributes';

/**
 * The `taskDefinition` object DescribeTaskDefinition and RegisterTaskDefinition return, keys in
 * the order the AWS CLI prints them (read off real describe-task-definition outputs: the
 * container's `cpu`, `portMappings`, `essential`, `environment`, `mountPoints` and `volumesFrom`
 * always present; `requiresAttributes` and `requiresCompatibilities` left out when empty; task
 * `cpu`/`memory` as strings). `timestamp` formats simulated ms the way the console prints times.
 */

function containerJson(c: ContainerDefinition): Record<string, Json> {
  return {
    name: c.name,
    image: c.image,
    cpu: c.cpu,
    ...(c.memory === null ? {} : { memory: c.memory }),
    ...(c.memoryReservation === null ? {} : { memoryReservation: c.memoryReservation }),
    portMappings: c.portMappings.map((p) => ({
      containerPort: p.containerPort,
      hostPort: p.hostPort,
      protocol: p.protocol,
    })),
    essential: c.essential,
    ...(c.entryPoint === null ? {} : { entryPoint: [...c.entryPoint] }),
    ...(c.command === null ? {} : { command: [...c.command] }),
    environment: c.environment.map((e) => ({ name: e.name, value: e.value })),
    mountPoints: [],
    volumesFrom: [],
    ...(c.secrets.length === 0
      ? {}
      : { secrets: c.secrets.map((s) => ({ name: s.name, valueFrom: s.valueFrom })) }),
    ...(c.dependsOn.length === 0
      ? {}
      : { dependsOn: c.dependsOn.map((d) => ({ containerName: d.containerName, condition: d.condition })) }),
    ...(c.stopTimeout === null ? {} : { stopTimeout: c.stopTimeout }),
    ...(c.logConfiguration === null
      ? {}
      : {
          logConfiguration: {
            logDriver: c.logConfiguration.logDriver,
            options: { ...c.logConfiguration.options },
          },
        }),
    ...(c.healthCheck === null
      ? {}
      : {
          healthCheck: {
            command: [...c.healthCheck.command],
            interval: c.healthCheck.interval,
            timeout: c.healthCheck.timeout,
            retries: c.healthCheck.retries,
            ...(c.healthCheck.startPeriod > 0 ? { startPeriod: c.healthCheck.startPeriod } : {}),
          },
        }),
  };
}

export function taskDefinitionJson(
  def: TaskDefinition,
  timestamp: (ms: number) => string,
): Record<string, Json> {
  const attributes = requiresAttributes(def);
  return {
    taskDefinitionArn: def.arn,
    containerDefinitions: def.containerDefinitions.map(containerJson),
    family: def.family,
    ...(def.taskRoleArn === null ? {} : { taskRoleArn: def.taskRoleArn }),
    ...(def.executionRoleArn === null ? {} : { executionRoleArn: def.executionRoleArn }),
    networkMode: def.networkMode,
    revision: def.revision,
    volumes: [],
    status: def.status,
    ...(attributes.length === 0 ? {} : { requiresAttributes: attributes.map((name) => ({ name })) }),
    placementConstraints: def.placementConstraints.map((c): Record<string, Json> =>
      c.expression === undefined ? { type: c.type } : { type: c.type, expression: c.expression },
    ),
    compatibilities: [...def.compatibilities],
    ...(def.requiresCompatibilities.length === 0
      ? {}
      : { requiresCompatibilities: [...def.requiresCompatibilities] }),
    ...(def.cpu === null ? {} : { cpu: String(def.cpu) }),
    ...(def.memory === null ? {} : { memory: String(def.memory) }),
    ...(def.runtimePlatform === null
      ? {}
      : {
          runtimePlatform: {
            cpuArchitecture: def.runtimePlatform.cpuArchitecture,
            operatingSystemFamily: def.runtimePlatform.operatingSystemFamily,
          },
        }),
    registeredAt: timestamp(def.registeredAt),
    ...(def.deregisteredAt === null ? {} : { deregisteredAt: timestamp(def.deregisteredAt) }),
    registeredBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    enableFaultInjection: false,
  };
}
