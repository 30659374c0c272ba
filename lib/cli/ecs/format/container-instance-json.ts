import { AGENT_VERSION, DOCKER_VERSION } from '../../../sim/ecs/catalog';
import type { ContainerInstance, EcsState } from '../../../sim/ecs/types';
import { isoTimestamp, pyFloat } from './aws-json';
import { derivedHex } from './derived-ids';

/**
 * An element of DescribeContainerInstances' `containerInstances[]` (and the `containerInstance` of
 * DeregisterContainerInstance). Resources are listed as the API lists them: `CPU` and `MEMORY`
 * (INTEGER), `PORTS` and `PORTS_UDP` (STRINGSET), each with all four value fields (reference §1.3;
 * aws-cli example `ecs/describe-container-instances.rst`).
 */

const PENDING = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

function integer(name: 'CPU' | 'MEMORY', value: number): Record<string, unknown> {
  return { name, type: 'INTEGER', doubleValue: pyFloat(0), longValue: 0, integerValue: value };
}

function stringSet(name: 'PORTS' | 'PORTS_UDP', ports: readonly number[]): Record<string, unknown> {
  return {
    name,
    type: 'STRINGSET',
    doubleValue: pyFloat(0),
    longValue: 0,
    integerValue: 0,
    stringSetValue: [...new Set(ports)].map(String),
  };
}

export function registeredResourcesJson(ci: ContainerInstance): Record<string, unknown>[] {
  return [
    integer('CPU', ci.registered.cpu),
    integer('MEMORY', ci.registered.memory),
    stringSet('PORTS', ci.registered.ports),
    stringSet('PORTS_UDP', []),
  ];
}

/** Registered minus what placed tasks reserve; PORTS lists every port in use, defaults included. */
export function remainingResourcesJson(ci: ContainerInstance): Record<string, unknown>[] {
  return [
    integer('CPU', ci.registered.cpu - ci.reserved.cpu),
    integer('MEMORY', ci.registered.memory - ci.reserved.memory),
    stringSet('PORTS', [...ci.registered.ports, ...ci.reserved.ports]),
    stringSet('PORTS_UDP', []),
  ];
}

/**
 * Status changes the current status implies: DRAINING was set once; INACTIVE is reached by
 * deregistering, as a rule after a drain.
 */
const STATUS_CHANGES: Record<ContainerInstance['status'], number> = { ACTIVE: 0, DRAINING: 1, INACTIVE: 2 };

/**
 * The API's `version`: ECS increments it whenever the instance changes (each change emits an
 * "ECS Container Instance State Change" event carrying the same number). The state keeps no such
 * counter, so it is derived from what the state records, so that it never goes down as tasks
 * come and go: 1 for the registration, 1 per task placed on the instance, 1 more once that task
 * has stopped (its resources are released), plus the status changes the status implies.
 * It can still step back in two cases the state cannot tell: a DRAINING instance set ACTIVE again,
 * and stopped tasks forgotten after an hour (both need a counter on ContainerInstance).
 */
export function containerInstanceVersion(ci: ContainerInstance, state: EcsState): number {
  let changes = 0;
  for (const task of state.tasks)
    if (task.containerInstanceId === ci.id) changes += task.lastStatus === 'STOPPED' ? 2 : 1;
  return 1 + changes + STATUS_CHANGES[ci.status];
}

export function containerInstanceJson(ci: ContainerInstance, state: EcsState): Record<string, unknown> {
  const tasks = state.tasks.filter(
    (task) => task.containerInstanceId === ci.id && task.desiredStatus === 'RUNNING',
  );
  const instance = state.instances.find((candidate) => candidate.id === ci.ec2InstanceId);
  const provider =
    instance?.autoScalingGroup == null
      ? undefined
      : state.capacityProviders.find((cp) =>
          state.autoScalingGroups.some(
            (group) => group.name === instance.autoScalingGroup && group.arn === cp.autoScalingGroupArn,
          ),
        );
  return {
    containerInstanceArn: ci.arn,
    ec2InstanceId: ci.ec2InstanceId,
    ...(provider === undefined ? {} : { capacityProviderName: provider.name }),
    version: containerInstanceVersion(ci, state),
    versionInfo: {
      agentVersion: AGENT_VERSION,
      agentHash: derivedHex(AGENT_VERSION, 8),
      dockerVersion: `DockerVersion: ${DOCKER_VERSION}`,
    },
    remainingResources: remainingResourcesJson(ci),
    registeredResources: registeredResourcesJson(ci),
    status: ci.status,
    agentConnected: ci.agentConnected,
    runningTasksCount: tasks.filter((task) => task.lastStatus === 'RUNNING').length,
    pendingTasksCount: tasks.filter((task) => PENDING.has(task.lastStatus)).length,
    attributes: Object.entries(ci.attributes).map(([name, value]) =>
      value === '' ? { name } : { name, value },
    ),
    registeredAt: isoTimestamp(ci.registeredAt),
    attachments: [],
    tags: [],
  };
}
