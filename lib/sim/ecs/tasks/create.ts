import { arn, DEFAULT_SUBNETS } from '../catalog';
import { TIMINGS } from '../figures';
import { ec2StyleId, ecsResourceId } from '../ids';
import { LATEST_LINUX } from '../fargate/platform-versions';
import { findImage } from '../images';
import { taskStateChange } from '../events';
import type { ContainerInstance, LaunchType, Subnet, Task, TaskContainer, TaskDefinition } from '../types';
import { draw, nextSerial, type World } from '../world';
import { subnetHostAddress } from '../network';
import { reserveOn } from './reservations';
import { taskReservation, taskSize } from './size';
import { enterPending } from './pull';

export interface NewTask {
  readonly cluster: string;
  readonly def: TaskDefinition;
  readonly launchType: LaunchType;
  readonly capacityProvider: string | null;
  /** EC2: the chosen instance, or null while waiting for capacity (PROVISIONING). */
  readonly containerInstance: ContainerInstance | null;
  /** awsvpc: the subnet of the task's ENI (Fargate: chosen by the caller; EC2: the instance's). */
  readonly subnet: Subnet | null;
  readonly group: string;
  readonly startedBy: string | null;
  readonly serviceName: string | null;
  readonly deploymentId: string | null;
  /** Fargate: the platform version, resolved (§6); absent or null on EC2. */
  readonly platformVersion?: string | null;
  /** Fargate: `assignPublicIp: ENABLED` gives the task's ENI a public IP (§6). */
  readonly assignPublicIp?: boolean;
}

const EPHEMERAL_FIRST = 49153;

/**
 * Host ports in use per instance, built once per instant of a working copy and kept up to date as
 * tasks are created, so giving out dynamic ports stays linear in the number of tasks. It lives
 * for one instant only: a port freed at one instant is free at the next however the simulated
 * time is split into ticks (the additivity contract of core/types.ts).
 */
const portsInUse = new WeakMap<readonly Task[], { now: number; byInstance: Map<string, Set<number>> }>();

function usedPorts(world: World, instanceId: string): Set<number> {
  let byInstance = portsInUse.get(world.tasks)?.now === world.now ? portsInUse.get(world.tasks)?.byInstance : undefined;
  if (byInstance === undefined) {
    byInstance = new Map();
    for (const task of world.tasks) {
      if (task.containerInstanceId === null || task.lastStatus === 'STOPPED') continue;
      const set = byInstance.get(task.containerInstanceId) ?? new Set<number>();
      for (const c of task.containers) for (const port of c.hostPorts) set.add(port);
      byInstance.set(task.containerInstanceId, set);
    }
    portsInUse.set(world.tasks, { now: world.now, byInstance });
  }
  const set = byInstance.get(instanceId) ?? new Set<number>();
  byInstance.set(instanceId, set);
  return set;
}

/** Bridge mode with hostPort 0: the agent takes free ports from the ephemeral range (§2.2). */
function dynamicPorts(world: World, instanceId: string, count: number): number[] {
  if (count === 0) return [];
  const used = usedPorts(world, instanceId);
  const ports: number[] = [];
  for (let port = EPHEMERAL_FIRST; ports.length < count && port <= 65535; port += 1)
    if (!used.has(port)) {
      ports.push(port);
      used.add(port);
    }
  return ports;
}

function hostPortsFor(world: World, def: TaskDefinition, instance: ContainerInstance | null): TaskContainer['hostPorts'][] {
  const dynamicCount = def.networkMode === 'bridge' ? def.containerDefinitions.flatMap((c) => c.portMappings).filter((m) => m.hostPort === 0).length : 0;
  const pool = instance === null ? [] : dynamicPorts(world, instance.id, dynamicCount);
  return def.containerDefinitions.map((c) =>
    c.portMappings.map((m) => {
      if (def.networkMode === 'bridge' && m.hostPort === 0) return pool.shift() ?? 0;
      return def.networkMode === 'bridge' ? m.hostPort : m.containerPort;
    }),
  );
}

function eniAddress(subnet: Subnet, serial: number): string {
  const offset = DEFAULT_SUBNETS.find((s) => s.id === subnet.id)?.ipOffset;
  if (offset === undefined) return subnetHostAddress(subnet.cidr, serial);
  return `172.31.${offset + 8 + Math.floor(serial / 250)}.${(serial % 250) + 4}`;
}

/** Where a task lands: its AZ, its ENI (awsvpc, in `subnet`) and its host ports on `instance`. */
export function bindTask(
  world: World,
  def: TaskDefinition,
  instance: ContainerInstance | null,
  subnet: Subnet | null,
  publicIp = false,
): Pick<Task, 'az' | 'eni'> & { hostPorts: TaskContainer['hostPorts'][] } {
  const ec2 = instance === null ? undefined : world.instances.find((i) => i.id === instance.ec2InstanceId);
  const where = subnet ?? world.subnets.find((s) => s.id === ec2?.subnetId) ?? null;
  return {
    az: where?.az ?? ec2?.az ?? '',
    eni:
      def.networkMode === 'awsvpc' && where !== null
        ? {
            id: ec2StyleId(world, 'eni'),
            privateIp: eniAddress(where, nextSerial(world)),
            subnetId: where.id,
            ...(publicIp ? { publicIp: true as const } : {}),
          }
        : null,
    hostPorts: hostPortsFor(world, def, instance),
  };
}

/** Creates a task and reserves its resources; it then moves through §3.1's states on its own. */
export function createTask(world: World, request: NewTask): Task {
  const { def, containerInstance } = request;
  const id = ecsResourceId(world);
  const awsvpc = def.networkMode === 'awsvpc';
  const publicIp = request.launchType === 'FARGATE' && request.assignPublicIp === true;
  const binding = bindTask(world, def, containerInstance, request.subnet, publicIp);
  const size = taskSize(def);
  const reserved = request.launchType === 'EC2' && containerInstance !== null ? taskReservation(def, 'EC2') : { cpu: 0, memory: 0, ports: [], enis: 0 };
  const waitsForCapacity = request.launchType === 'EC2' && containerInstance === null;
  const provisioning = awsvpc || request.launchType === 'FARGATE' || waitsForCapacity;
  const task: Task = {
    id,
    arn: arn('ecs', `task/${request.cluster}/${id}`),
    cluster: request.cluster,
    taskDefinitionArn: def.arn,
    launchType: request.launchType,
    capacityProvider: request.capacityProvider,
    containerInstanceId: containerInstance?.id ?? null,
    ec2InstanceId: containerInstance?.ec2InstanceId ?? null,
    az: binding.az,
    eni: binding.eni,
    lastStatus: provisioning ? 'PROVISIONING' : 'PENDING',
    desiredStatus: 'RUNNING',
    healthStatus: 'UNKNOWN',
    group: request.group,
    startedBy: request.startedBy,
    serviceName: request.serviceName,
    deploymentId: request.deploymentId,
    cpu: size.cpu,
    memory: size.memory,
    containers: def.containerDefinitions.map((c, index) => ({
      name: c.name,
      image: c.image,
      essential: c.essential,
      lastStatus: 'PENDING',
      exitCode: null,
      reason: null,
      health: 'UNKNOWN',
      hostPorts: binding.hostPorts[index] ?? [],
      memoryUsedMiB: findImage(c.image, world)?.memoryMiB ?? 0,
      startedAt: null,
      plan: { startAt: null, exit: null, health: null },
    })),
    reserved,
    createdAt: world.now,
    pullStartedAt: null,
    pullStoppedAt: null,
    startedAt: null,
    stoppingAt: null,
    stoppedAt: null,
    stopCode: null,
    stoppedReason: null,
    nextAt: waitsForCapacity
      ? null
      : provisioning
        ? world.now + draw(world, request.launchType === 'FARGATE' ? TIMINGS.fargateProvisioning : TIMINGS.eniAttachEc2)
        : null,
    containerChangeAt: null,
    startFailure: null,
    ...(request.launchType === 'FARGATE' ? { platformVersion: request.platformVersion ?? LATEST_LINUX } : {}),
  };
  if (containerInstance !== null) reserveOn(world, containerInstance.id, reserved);
  const created = provisioning ? task : enterPending(world, task);
  world.tasks.push(created);
  taskStateChange(world, created);
  return created;
}
