import { AGENT_VERSION, DEFAULT_RESERVED_PORTS, DEFAULT_SUBNETS, VPC_ID } from '../../catalog';
import type { ContainerInstance, ContainerInstanceStatus } from '../../types';
import type { Candidate, PlacementRequest, TaskNeeds } from '../placement-types';

/**
 * A small fixture builder for placement tests (test-only; the engine never imports it):
 *
 *   fleet().add(3).add(1, { az: 'us-east-1b', status: 'DRAINING' }).edit(0, { reservedMemory: 7000 }).build()
 *
 * Instances default to an m5.large as the agent registers it (2,048 CPU units, 7,985 MiB, two ENI
 * attachment points, the Linux default reserved ports), connected and ACTIVE, with AZs rotating
 * over us-east-1a/b/c. Ids are readable: `ci-0`, `ci-1`… and `i-00…0`, `i-00…1`….
 */
export interface InstanceSpec {
  readonly az?: string;
  readonly instanceType?: string;
  readonly cpu?: number;
  readonly memory?: number;
  readonly enis?: number;
  readonly ports?: readonly number[];
  readonly reservedCpu?: number;
  readonly reservedMemory?: number;
  readonly reservedPorts?: readonly number[];
  readonly reservedEnis?: number;
  readonly status?: ContainerInstanceStatus;
  readonly agentConnected?: boolean;
  readonly registeredAt?: number;
  /** Extra or overriding attributes. */
  readonly attributes?: Readonly<Record<string, string>>;
  readonly groupTasks?: number;
  /** Defaults to groupTasks. */
  readonly serviceTasks?: number;
  readonly runningTasksCount?: number;
  readonly taskGroups?: readonly string[];
}

export const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

export function containerInstance(index: number, spec: InstanceSpec = {}): ContainerInstance {
  const az = spec.az ?? AZS[index % AZS.length] ?? 'us-east-1a';
  const subnet = DEFAULT_SUBNETS.find((candidate) => candidate.az === az)?.id ?? `subnet-${az}`;
  const instanceType = spec.instanceType ?? 'm5.large';
  return {
    id: `ci-${index}`,
    arn: `arn:aws:ecs:us-east-1:123456789012:container-instance/default/ci-${index}`,
    cluster: 'default',
    ec2InstanceId: `i-0${index.toString(16).padStart(16, '0')}`,
    status: spec.status ?? 'ACTIVE',
    agentConnected: spec.agentConnected ?? true,
    registeredAt: spec.registeredAt ?? 0,
    registered: {
      cpu: spec.cpu ?? 2048,
      memory: spec.memory ?? 7985,
      ports: spec.ports ?? [...DEFAULT_RESERVED_PORTS],
      enis: spec.enis ?? 2,
    },
    reserved: {
      cpu: spec.reservedCpu ?? 0,
      memory: spec.reservedMemory ?? 0,
      ports: spec.reservedPorts ?? [],
      enis: spec.reservedEnis ?? 0,
    },
    attributes: {
      'ecs.availability-zone': az,
      'ecs.instance-type': instanceType,
      'ecs.os-type': 'linux',
      'ecs.cpu-architecture': instanceType.includes('g.') ? 'arm64' : 'x86_64',
      'ecs.subnet-id': subnet,
      'ecs.vpc-id': VPC_ID,
      'ecs.ami-id': 'ami-0c5ee9a4b1f2d3e48',
      ...spec.attributes,
    },
    inactiveAt: spec.status === 'INACTIVE' ? 0 : null,
  };
}

export function candidate(index: number, spec: InstanceSpec = {}): Candidate {
  const groupTasks = spec.groupTasks ?? 0;
  return {
    instance: containerInstance(index, spec),
    groupTasks,
    serviceTasks: spec.serviceTasks ?? groupTasks,
    runningTasksCount: spec.runningTasksCount ?? 0,
    taskGroups: spec.taskGroups ?? [],
    agentVersion: AGENT_VERSION,
  };
}

export interface FleetBuilder {
  /** Appends `count` instances built from `spec`. */
  add(count: number, spec?: InstanceSpec): FleetBuilder;
  /** Changes instance `index` (merging into what it was built from). */
  edit(index: number, spec: InstanceSpec): FleetBuilder;
  build(): Candidate[];
}

function builder(specs: readonly InstanceSpec[]): FleetBuilder {
  return {
    add: (count, spec = {}) => builder([...specs, ...Array.from({ length: count }, () => spec)]),
    edit: (index, spec) => builder(specs.map((old, i) => (i === index ? { ...old, ...spec } : old))),
    build: () => specs.map((spec, index) => candidate(index, spec)),
  };
}

export function fleet(): FleetBuilder {
  return builder([]);
}

export function taskNeeds(partial: Partial<TaskNeeds> = {}): TaskNeeds {
  return { cpu: 256, memory: 512, ports: [], eni: false, ...partial };
}

/** A service request for `count` tasks of `service:web` with the default strategies. */
export function placementRequest(partial: Partial<PlacementRequest> = {}): PlacementRequest {
  return {
    count: 1,
    needs: taskNeeds(),
    constraints: [],
    strategies: [],
    group: 'service:web',
    kind: 'service',
    ...partial,
  };
}
