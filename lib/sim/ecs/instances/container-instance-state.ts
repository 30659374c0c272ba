import type { CommandError } from '../../core/types';
import { clusterNotFound, findCluster } from '../clusters';
import type { ContainerInstance } from '../types';
import { emit, refused, type World } from '../world';
import { stopNow } from '../tasks/stop';

/** A container instance by id or ARN in a cluster (any status). */
export function findContainerInstance(world: Pick<World, 'containerInstances'>, cluster: string, ref: string): ContainerInstance | undefined {
  const id = ref.includes('/') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  return world.containerInstances.find((ci) => ci.cluster === cluster && ci.id === id);
}

/**
 * UpdateContainerInstancesState (§1.4, §5.9): DRAINING stops new placements, and the service
 * scheduler replaces the service tasks on the instance; ACTIVE takes tasks again. Unknown
 * instances come back in `failures[]` with reason MISSING rather than failing the call.
 */
export function updateContainerInstancesState(
  world: World,
  clusterRef: string | undefined,
  refs: readonly string[],
  status: 'ACTIVE' | 'DRAINING',
): { ok: true; updated: ContainerInstance[]; failures: { arn: string; reason: string }[] } | { ok: false; error: CommandError } {
  const cluster = findCluster(world, clusterRef);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const updated: ContainerInstance[] = [];
  const failures: { arn: string; reason: string }[] = [];
  for (const ref of refs) {
    const ci = findContainerInstance(world, cluster.name, ref);
    if (ci === undefined || ci.status === 'INACTIVE') {
      failures.push({ arn: ref.startsWith('arn:') ? ref : `arn:aws:ecs:us-east-1:123456789012:container-instance/${cluster.name}/${ref}`, reason: 'MISSING' });
      continue;
    }
    const next = { ...ci, status };
    world.containerInstances = world.containerInstances.map((c) => (c === ci ? next : c));
    updated.push(next);
    if (ci.status !== status)
      emit(
        world,
        status === 'DRAINING' ? 'container-instance-draining' : 'container-instance-active',
        'info',
        status === 'DRAINING'
          ? `Container instance ${ci.id} (${ci.ec2InstanceId}) is DRAINING: no new tasks; its service tasks will be replaced elsewhere`
          : `Container instance ${ci.id} (${ci.ec2InstanceId}) is ACTIVE again`,
      );
  }
  return { ok: true, updated, failures };
}

/**
 * DeregisterContainerInstance: refused while tasks run unless forced; forced, the tasks stop
 * (§1.4) and the instance is INACTIVE at once. Its EC2 instance keeps running, outside ECS.
 */
export function deregisterContainerInstance(
  world: World,
  clusterRef: string | undefined,
  ref: string,
  force: boolean,
): { ok: true; containerInstance: ContainerInstance } | { ok: false; error: CommandError } {
  const cluster = findCluster(world, clusterRef);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const ci = findContainerInstance(world, cluster.name, ref);
  // Neither wording below was found in a primary source (unconfirmed).
  if (ci === undefined || ci.status === 'INACTIVE')
    return { ok: false, error: refused(world, 'InvalidParameterException', 'The referenced container instance was not found.') };
  const tasks = world.tasks.filter((t) => t.containerInstanceId === ci.id && t.lastStatus !== 'STOPPED');
  if (tasks.length > 0 && !force)
    return {
      ok: false,
      error: refused(world, 'InvalidParameterException', 'The specified container instance has running tasks. Use --force to deregister it.'),
    };
  for (const task of tasks) stopNow(world, task, 'UserInitiated', 'Container instance deregistration forced by user');
  const next: ContainerInstance = { ...ci, status: 'INACTIVE', agentConnected: false, inactiveAt: world.now };
  world.containerInstances = world.containerInstances.map((c) => (c.id === ci.id ? next : c));
  // A deregistered instance is final: its agent does not register it again (§1.2).
  world.instances = world.instances.map((i) => (i.id === ci.ec2InstanceId ? { ...i, agent: 'none' as const, nextAt: i.state === 'running' ? null : i.nextAt } : i));
  emit(world, 'container-instance-deregistered', 'info', `Container instance ${ci.id} (${ci.ec2InstanceId}) deregistered from cluster ${cluster.name}`);
  return { ok: true, containerInstance: next };
}
