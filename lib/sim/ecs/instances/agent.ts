import { AGENT_VERSION, arn, DEFAULT_RESERVED_PORTS, instanceTypeSpec, policiesAllow, registeredMemoryMiB, ACCOUNT_ID, VPC_ID, amiSpec } from '../catalog';
import { createCluster } from '../clusters';
import { ecsResourceId } from '../ids';
import type { ContainerInstance, Ec2Instance } from '../types';
import { emit, type World } from '../world';

/** How often a failed agent tries again (ecs-init restarts it). */
export const AGENT_RETRY_MS = 60_000;

/**
 * The agent calls RegisterContainerInstance with the instance role's credentials (§1.2). It fails
 * the way the agent logs it when the role is missing or lacks the permission, or the cluster does
 * not exist; the `default` cluster is created by the agent if missing (the managed policy allows
 * ecs:CreateCluster). Returns the reason it could not register, or null on success.
 */
export function registrationProblem(world: World, instance: Ec2Instance): string | null {
  const prefix = 'Unable to register as a container instance with ECS:';
  if (instance.instanceProfile === null) return `${prefix} NoCredentialProviders: no valid providers in chain`;
  const role = world.roles.find((r) => r.name === instance.instanceProfile);
  const clusterArn = arn('ecs', `cluster/${instance.ecsCluster}`);
  const denied = (action: string, resource: string): string =>
    `${prefix} AccessDeniedException: User: arn:aws:sts::${ACCOUNT_ID}:assumed-role/${instance.instanceProfile}/${instance.id} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
  if (role === undefined || !policiesAllow(role.policies, 'ecs:RegisterContainerInstance'))
    return denied('ecs:RegisterContainerInstance', clusterArn);
  const exists = world.clusters.some((c) => c.name === instance.ecsCluster && c.status === 'ACTIVE');
  if (!exists && instance.ecsCluster !== 'default') return `${prefix} ClusterNotFoundException: Cluster not found.`;
  return null;
}

/**
 * What the agent on the ECS-optimized AMI advertises it can do (attributes without a value), so
 * a task definition's `requiresAttributes` finds them on the instance.
 */
const CAPABILITIES = [
  ...['json-file', 'syslog', 'awslogs', 'none'].map((driver) => `com.amazonaws.ecs.capability.logging-driver.${driver}`),
  ...Array.from({ length: 16 }, (_, i) => `com.amazonaws.ecs.capability.docker-remote-api.1.${17 + i}`),
  'com.amazonaws.ecs.capability.privileged-container',
  'com.amazonaws.ecs.capability.ecr-auth',
  'com.amazonaws.ecs.capability.task-iam-role',
  'com.amazonaws.ecs.capability.task-iam-role-network-host',
  'ecs.capability.execution-role-awslogs',
  'ecs.capability.execution-role-ecr-pull',
  'ecs.capability.secrets.asm.environment-variables',
  'ecs.capability.secrets.ssm.environment-variables',
  'ecs.capability.task-eni',
  'ecs.capability.task-cpu-mem-limit',
  'ecs.capability.container-health-check',
  'ecs.capability.container-ordering',
] as const;

function builtInAttributes(instance: Ec2Instance): Record<string, string> {
  const type = instanceTypeSpec(instance.instanceType);
  return {
    ...Object.fromEntries(CAPABILITIES.map((name) => [name, ''])),
    'ecs.ami-id': instance.imageId,
    'ecs.availability-zone': instance.az,
    'ecs.instance-type': instance.instanceType,
    'ecs.os-type': 'linux',
    'ecs.os-family': 'LINUX',
    'ecs.cpu-architecture': type?.architecture ?? amiSpec(instance.imageId)?.architecture ?? 'x86_64',
    'ecs.vpc-id': VPC_ID,
    'ecs.subnet-id': instance.subnetId,
  };
}

/** Registers the instance (or reconnects its existing container instance). Returns false if refused. */
export function registerAgent(world: World, instance: Ec2Instance): boolean {
  const problem = registrationProblem(world, instance);
  if (problem !== null) {
    if (instance.agentError !== problem)
      emit(world, 'agent-registration-failed', 'error', `ECS agent on ${instance.id}: ${problem}`);
    setInstance(world, { ...instance, agent: 'failed', agentError: problem, nextAt: world.now + AGENT_RETRY_MS });
    return false;
  }
  if (!world.clusters.some((c) => c.name === instance.ecsCluster && c.status === 'ACTIVE'))
    createCluster(world, instance.ecsCluster);
  const existing = world.containerInstances.find((ci) => ci.ec2InstanceId === instance.id && ci.status !== 'INACTIVE');
  setInstance(world, { ...instance, agent: 'connected', agentError: null, nextAt: null });
  if (existing !== undefined) {
    world.containerInstances = world.containerInstances.map((ci) => (ci === existing ? { ...ci, agentConnected: true } : ci));
    emit(world, 'agent-connected', 'success', `ECS agent on ${instance.id} reconnected (container instance ${existing.id})`);
    return true;
  }
  const type = instanceTypeSpec(instance.instanceType);
  if (type === undefined) return false;
  const id = ecsResourceId(world);
  const containerInstance: ContainerInstance = {
    id,
    arn: arn('ecs', `container-instance/${instance.ecsCluster}/${id}`),
    cluster: instance.ecsCluster,
    ec2InstanceId: instance.id,
    status: 'ACTIVE',
    agentConnected: true,
    registeredAt: world.now,
    registered: {
      cpu: type.vcpu * 1024,
      memory: Math.max(0, registeredMemoryMiB(type) - instance.reservedMemoryMiB),
      ports: [...DEFAULT_RESERVED_PORTS],
      enis: Math.max(0, type.maxEnis - 1),
    },
    reserved: { cpu: 0, memory: 0, ports: [], enis: 0 },
    attributes: { ...builtInAttributes(instance), ...instance.customAttributes },
    inactiveAt: null,
  };
  world.containerInstances.push(containerInstance);
  emit(
    world,
    'container-instance-registered',
    'success',
    `${instance.id} registered in cluster ${instance.ecsCluster} as container instance ${id} (ACTIVE: ${containerInstance.registered.cpu} CPU units, ${containerInstance.registered.memory.toLocaleString('en-US')} MiB, agent ${AGENT_VERSION})`,
  );
  return true;
}

export function setInstance(world: World, next: Ec2Instance): void {
  const index = world.instances.findIndex((i) => i.id === next.id);
  if (index >= 0) world.instances[index] = next;
}

export function containerInstanceOf(world: Pick<World, 'containerInstances'>, ec2InstanceId: string): ContainerInstance | undefined {
  return world.containerInstances.find((ci) => ci.ec2InstanceId === ec2InstanceId && ci.status !== 'INACTIVE');
}
