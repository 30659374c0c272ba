import { arn } from '../../../sim/ecs/catalog';
import type {
  ContainerDefinition,
  EcsState,
  Task,
  TaskContainer,
  TaskDefinition,
} from '../../../sim/ecs/types';
import { LATEST_LINUX, platformFamilyOf } from '../../../sim/ecs/fargate/platform-versions';
import { isoTimestamp } from './aws-json';
import { derivedHex, derivedMac, derivedUuid, hash8, privateDnsName } from './derived-ids';
import { taskVersion } from './task-version';

/**
 * An element of `tasks[]` as RunTask, DescribeTasks and StopTask return it (API `Task`), keys in
 * the order current CLI output shows them. Optional timestamps appear once they happened, as the
 * API leaves them out until then. Before the agent has the task (PROVISIONING, PENDING) the API
 * leaves out connectivity, health and network bindings too (aws-cli `ecs/run-task.rst`).
 */

function definitionOf(state: EcsState, task: Task): TaskDefinition | undefined {
  return state.taskDefinitions.find((def) => def.arn === task.taskDefinitionArn);
}

/** Statuses before the agent runs the task, as RunTask answers them. */
function early(task: Task): boolean {
  return task.lastStatus === 'PROVISIONING' || task.lastStatus === 'PENDING';
}

function eniAttachment(task: Task): Record<string, unknown>[] {
  if (task.eni === null) return [];
  // A precreated ENI is not attached yet: the attachment names only its subnet.
  const precreated = task.lastStatus === 'PROVISIONING';
  const status = precreated ? 'PRECREATED' : task.lastStatus === 'STOPPED' ? 'DELETED' : 'ATTACHED';
  const subnet = { name: 'subnetId', value: task.eni.subnetId };
  return [
    {
      id: derivedUuid(`attachment:${task.id}`),
      type: 'ElasticNetworkInterface',
      status,
      details: precreated
        ? [subnet]
        : [
            subnet,
            { name: 'networkInterfaceId', value: task.eni.id },
            { name: 'macAddress', value: derivedMac(task.eni.id) },
            { name: 'privateDnsName', value: privateDnsName(task.eni.privateIp) },
            { name: 'privateIPv4Address', value: task.eni.privateIp },
          ],
    },
  ];
}

/**
 * Docker's 64-hex container id on EC2; on Fargate `<taskId>-<number>` (as DescribeTasks shows
 * Fargate containers). Derived from the task id and the container's index.
 */
export function runtimeIdOf(task: Task, index: number): string {
  const seed = `runtime:${task.id}/${index}`;
  return task.launchType === 'FARGATE' ? `${task.id}-${parseInt(hash8(seed), 16)}` : derivedHex(seed, 64);
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
  index = task.containers.indexOf(container),
): Record<string, unknown> {
  const created = container.startedAt !== null || container.lastStatus !== 'PENDING';
  const attached = task.eni !== null && task.lastStatus !== 'PROVISIONING';
  return {
    containerArn: arn(
      'ecs',
      `container/${task.cluster}/${task.id}/${derivedUuid(`${task.id}/${container.name}`)}`,
    ),
    taskArn: task.arn,
    name: container.name,
    image: container.image,
    ...(created ? { runtimeId: runtimeIdOf(task, index) } : {}),
    lastStatus: container.lastStatus,
    ...(container.exitCode === null ? {} : { exitCode: container.exitCode }),
    ...(container.reason === null ? {} : { reason: container.reason }),
    ...(early(task) ? {} : { networkBindings: networkBindings(container, def, task) }),
    networkInterfaces:
      task.eni === null || !attached
        ? []
        : [{ attachmentId: derivedUuid(`attachment:${task.id}`), privateIpv4Address: task.eni.privateIp }],
    ...(early(task) ? {} : { healthStatus: container.health }),
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
  const architecture = def?.runtimePlatform?.cpuArchitecture === 'ARM64' ? 'arm64' : 'x86_64';
  const containerInstance =
    task.containerInstanceId === null
      ? undefined
      : state.containerInstances.find((ci) => ci.id === task.containerInstanceId);
  const connected = !early(task);
  return {
    attachments: eniAttachment(task),
    attributes: [{ name: 'ecs.cpu-architecture', value: architecture }],
    availabilityZone: task.az,
    ...(task.capacityProvider === null ? {} : { capacityProviderName: task.capacityProvider }),
    clusterArn: arn('ecs', `cluster/${task.cluster}`),
    ...(connected ? { connectivity: 'CONNECTED', connectivityAt: isoTimestamp(task.createdAt) } : {}),
    ...(containerInstance === undefined ? {} : { containerInstanceArn: containerInstance.arn }),
    containers: task.containers.map((container, index) =>
      taskContainerJson(
        task,
        container,
        def?.containerDefinitions.find((candidate) => candidate.name === container.name),
        index,
      ),
    ),
    // Filled from the containers when the definition sets no task size (aws-cli ecs/run-task.rst).
    cpu: String(task.cpu),
    createdAt: isoTimestamp(task.createdAt),
    desiredStatus: task.desiredStatus,
    enableExecuteCommand: false,
    ...(task.lastStatus === 'STOPPED' ? { executionStoppedAt: at(task.stoppedAt) } : {}),
    group: task.group,
    ...(early(task) ? {} : { healthStatus: task.healthStatus }),
    lastStatus: task.lastStatus,
    launchType: task.launchType,
    memory: String(task.memory),
    overrides: {
      containerOverrides: task.containers.map((container) => ({ name: container.name })),
      inferenceAcceleratorOverrides: [],
    },
    ...(fargate
      ? { platformVersion: task.platformVersion ?? LATEST_LINUX, platformFamily: platformFamilyOf(def) }
      : {}),
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
    version: taskVersion(task, state),
    ...(fargate ? { ephemeralStorage: { sizeInGiB: 20 }, fargateEphemeralStorage: { sizeInGiB: 20 } } : {}),
  };
}
