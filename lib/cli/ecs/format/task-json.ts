import { arn } from '../../../sim/ecs/catalog';
import type {
  ContainerDefinition,
  EcsState,
  Task,
  TaskContainer,
  TaskDefinition,
} from '../../../sim/ecs/types';
import { isoTimestamp } from './aws-json';
import { derivedHex, derivedMac, derivedUuid, privateDnsName } from './derived-ids';

/**
 * An element of `tasks[]` as RunTask, DescribeTasks and StopTask return it (API `Task`), keys in
 * the order current CLI output shows them. Optional timestamps appear once they happened, as the
 * API leaves them out until then.
 */

const LIFECYCLE: readonly Task['lastStatus'][] = [
  'PROVISIONING',
  'PENDING',
  'ACTIVATING',
  'RUNNING',
  'DEACTIVATING',
  'STOPPING',
  'DEPROVISIONING',
  'STOPPED',
];

function definitionOf(state: EcsState, task: Task): TaskDefinition | undefined {
  return state.taskDefinitions.find((def) => def.arn === task.taskDefinitionArn);
}

function eniAttachment(task: Task): Record<string, unknown>[] {
  if (task.eni === null) return [];
  const status =
    task.lastStatus === 'PROVISIONING'
      ? 'PRECREATED'
      : task.lastStatus === 'STOPPED'
        ? 'DELETED'
        : 'ATTACHED';
  return [
    {
      id: derivedUuid(`attachment:${task.id}`),
      type: 'ElasticNetworkInterface',
      status,
      details: [
        { name: 'subnetId', value: task.eni.subnetId },
        { name: 'networkInterfaceId', value: task.eni.id },
        { name: 'macAddress', value: derivedMac(task.eni.id) },
        { name: 'privateDnsName', value: privateDnsName(task.eni.privateIp) },
        { name: 'privateIPv4Address', value: task.eni.privateIp },
      ],
    },
  ];
}

function networkBindings(container: TaskContainer, def: ContainerDefinition | undefined, task: Task) {
  if (task.eni !== null || def === undefined || container.lastStatus !== 'RUNNING') return [];
  return def.portMappings.flatMap((mapping, index) => {
    const hostPort = container.hostPorts[index];
    return hostPort === undefined
      ? []
      : [{ bindIP: '0.0.0.0', containerPort: mapping.containerPort, hostPort, protocol: mapping.protocol }];
  });
}

export function taskContainerJson(
  task: Task,
  container: TaskContainer,
  def: ContainerDefinition | undefined,
): Record<string, unknown> {
  const created = container.startedAt !== null || container.lastStatus !== 'PENDING';
  return {
    containerArn: arn(
      'ecs',
      `container/${task.cluster}/${task.id}/${derivedUuid(`${task.id}/${container.name}`)}`,
    ),
    taskArn: task.arn,
    name: container.name,
    image: container.image,
    ...(created ? { runtimeId: `${task.id}-${derivedHex(container.name, 10)}` } : {}),
    lastStatus: container.lastStatus,
    ...(container.exitCode === null ? {} : { exitCode: container.exitCode }),
    ...(container.reason === null ? {} : { reason: container.reason }),
    networkBindings: networkBindings(container, def, task),
    networkInterfaces:
      task.eni === null
        ? []
        : [{ attachmentId: derivedUuid(`attachment:${task.id}`), privateIpv4Address: task.eni.privateIp }],
    healthStatus: container.health,
    cpu: String(def?.cpu ?? 0),
    ...(def?.memory == null ? {} : { memory: String(def.memory) }),
    ...(def?.memoryReservation == null ? {} : { memoryReservation: String(def.memoryReservation) }),
  };
}

export function taskJson(task: Task, state: EcsState): Record<string, unknown> {
  // The engine plans some instants ahead (the pull's end); the API shows only what has happened.
  const at = (ms: number | null): string | undefined =>
    ms === null || ms > state.now ? undefined : isoTimestamp(ms);
  const def = definitionOf(state, task);
  const fargate = task.launchType === 'FARGATE';
  const stage = LIFECYCLE.indexOf(task.lastStatus);
  const architecture = def?.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64';
  const containerInstance =
    task.containerInstanceId === null
      ? undefined
      : state.containerInstances.find((ci) => ci.id === task.containerInstanceId);
  const connected = stage >= LIFECYCLE.indexOf('PENDING');
  return {
    attachments: eniAttachment(task),
    attributes: [{ name: 'ecs.cpu-architecture', value: architecture }],
    availabilityZone: task.az,
    ...(task.capacityProvider === null ? {} : { capacityProviderName: task.capacityProvider }),
    clusterArn: arn('ecs', `cluster/${task.cluster}`),
    ...(connected ? { connectivity: 'CONNECTED', connectivityAt: isoTimestamp(task.createdAt) } : {}),
    ...(containerInstance === undefined ? {} : { containerInstanceArn: containerInstance.arn }),
    containers: task.containers.map((container) =>
      taskContainerJson(
        task,
        container,
        def?.containerDefinitions.find((candidate) => candidate.name === container.name),
      ),
    ),
    ...(def?.cpu == null ? {} : { cpu: String(def.cpu) }),
    createdAt: isoTimestamp(task.createdAt),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: false,
    ...(task.lastStatus === 'STOPPED' ? { executionStoppedAt: at(task.stoppedAt) } : {}),
    group: task.group,
    healthStatus: task.healthStatus,
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    ...(def?.memory == null ? {} : { memory: String(def.memory) }),
    overrides: {
      containerOverrides: task.containers.map((container) => ({ name: container.name })),
      inferenceAcceleratorOverrides: [],
    },
    ...(fargate ? { platformVersion: '1.4.0', platformFamily: 'Linux' } : {}),
    pullStartedAt: at(task.pullStartedAt),
    pullStoppedAt: at(task.pullStoppedAt),
    startedAt: at(task.startedAt),
    ...(task.startedBy === null ? {} : { startedBy: task.startedBy }),
    stopCode: task.stopCode ?? undefined,
    stoppedAt: at(task.stoppedAt),
    stoppedReason: task.stoppedReason ?? undefined,
    stoppingAt: at(task.stoppingAt),
    tags: [],
    taskArn: task.arn,
    taskDefinitionArn: task.taskDefinitionArn,
    version: stage + 1,
    ...(fargate ? { ephemeralStorage: { sizeInGiB: 20 } } : {}),
  };
}
