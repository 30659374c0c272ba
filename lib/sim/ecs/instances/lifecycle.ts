import type { CommandError } from '../../core/types';
import { amiSpec } from '../catalog';
import { INACTIVE_INSTANCE_RETENTION_MS, TIMINGS } from '../figures';
import { ec2StateChange } from '../events';
import type { Ec2Instance } from '../types';
import { draw, emit, refused, type World } from '../world';
import { stopNow } from '../tasks/stop';
import { registerAgent, setInstance } from './agent';

const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
/** Terminated instances stay in describe-instances for about an hour. */
const TERMINATED_VISIBLE_MS = 60 * 60_000;

/** An instance's scheduled change at `world.now` (its `nextAt`). */
export function advanceInstance(world: World, instance: Ec2Instance): void {
  switch (instance.state) {
    case 'pending': {
      const ecsAgent = amiSpec(instance.imageId)?.ecsAgent === true;
      setInstance(world, {
        ...instance,
        state: 'running',
        agent: ecsAgent ? 'starting' : 'none',
        nextAt: ecsAgent ? world.now + draw(world, TIMINGS.agentStart) : null,
      });
      ec2StateChange(world, instance.id, 'running');
      return;
    }
    case 'running':
      if (instance.agent === 'starting' || instance.agent === 'failed') registerAgent(world, instance);
      else setInstance(world, { ...instance, nextAt: null });
      return;
    case 'stopping':
      setInstance(world, { ...instance, state: 'stopped', nextAt: null });
      hostGone(world, instance, 'stopped');
      ec2StateChange(world, instance.id, 'stopped');
      return;
    case 'shutting-down':
      setInstance(world, { ...instance, state: 'terminated', nextAt: world.now + TERMINATED_VISIBLE_MS });
      hostGone(world, instance, 'terminated');
      ec2StateChange(world, instance.id, 'terminated');
      return;
    case 'terminated':
      world.instances = world.instances.filter((i) => i.id !== instance.id);
      return;
    case 'stopped':
      setInstance(world, { ...instance, nextAt: null });
      return;
    default: {
      const unreachable: never = instance.state;
      return unreachable;
    }
  }
}

/**
 * The instance's containers are gone (§5.9): its tasks are STOPPED with ECS's reason; a terminated
 * instance's container instance becomes INACTIVE at once (§1.4), a stopped one stays ACTIVE with
 * its agent disconnected.
 */
export function hostGone(world: World, instance: Ec2Instance, how: 'stopped' | 'terminated'): void {
  for (const task of world.tasks)
    if (task.ec2InstanceId === instance.id && task.lastStatus !== 'STOPPED')
      stopNow(world, task, null, `Host EC2 (instance ${instance.id}) stopped/terminated`);
  world.containerInstances = world.containerInstances.map((ci) => {
    if (ci.ec2InstanceId !== instance.id || ci.status === 'INACTIVE') return ci;
    if (how === 'terminated') {
      emit(world, 'container-instance-inactive', 'warning', `Container instance ${ci.id} (${instance.id}) is INACTIVE: its EC2 instance was terminated`);
      return { ...ci, status: 'INACTIVE' as const, agentConnected: false, inactiveAt: world.now };
    }
    emit(world, 'agent-disconnected', 'warning', `Container instance ${ci.id} (${instance.id}): agentConnected is now false`);
    return { ...ci, agentConnected: false };
  });
}

function checkIds(world: World, ids: readonly string[]): CommandError | null {
  const malformed = ids.find((id) => !INSTANCE_ID.test(id));
  if (malformed !== undefined) return refused(world, 'InvalidInstanceID.Malformed', `Invalid id: "${malformed}"`);
  const missing = ids.filter((id) => !world.instances.some((i) => i.id === id));
  if (missing.length === 0) return null;
  return refused(
    world,
    'InvalidInstanceID.NotFound',
    missing.length === 1 ? `The instance ID '${missing[0]}' does not exist` : `The instance IDs '${missing.join(', ')}' do not exist`,
  );
}

export function terminateInstances(world: World, ids: readonly string[]): CommandError | null {
  const error = checkIds(world, ids);
  if (error !== null) return error;
  for (const instance of world.instances) {
    if (!ids.includes(instance.id) || instance.state === 'shutting-down' || instance.state === 'terminated') continue;
    setInstance(world, { ...instance, state: 'shutting-down', agent: 'none', nextAt: world.now + draw(world, TIMINGS.instanceShuttingDown) });
    ec2StateChange(world, instance.id, 'shutting-down');
  }
  return null;
}

export function stopInstances(world: World, ids: readonly string[]): CommandError | null {
  const error = checkIds(world, ids);
  if (error !== null) return error;
  const bad = world.instances.find((i) => ids.includes(i.id) && (i.state === 'terminated' || i.state === 'shutting-down'));
  if (bad !== undefined)
    return refused(world, 'IncorrectInstanceState', `This instance '${bad.id}' is not in a state from which it can be stopped.`);
  for (const instance of world.instances) {
    if (!ids.includes(instance.id) || instance.state !== 'running' && instance.state !== 'pending') continue;
    setInstance(world, { ...instance, state: 'stopping', nextAt: world.now + draw(world, TIMINGS.instanceStopping) });
    ec2StateChange(world, instance.id, 'stopping');
  }
  return null;
}

export function startInstances(world: World, ids: readonly string[]): CommandError | null {
  const error = checkIds(world, ids);
  if (error !== null) return error;
  const bad = world.instances.find((i) => ids.includes(i.id) && i.state !== 'stopped' && i.state !== 'running' && i.state !== 'pending');
  if (bad !== undefined)
    return refused(world, 'IncorrectInstanceState', `The instance '${bad.id}' is not in a state from which it can be started.`);
  const starting = world.instances.filter((i) => ids.includes(i.id) && i.state === 'stopped');
  const unavailable = starting.find((i) => world.subnets.find((s) => s.id === i.subnetId)?.available === false);
  // EC2's wording for this refusal was not found in a primary source (unconfirmed).
  if (unavailable !== undefined)
    return refused(world, 'InsufficientInstanceCapacity', `Insufficient capacity in Availability Zone ${unavailable.az}. Try again later.`);
  for (const instance of starting) {
    setInstance(world, { ...instance, state: 'pending', agent: 'none', nextAt: world.now + draw(world, TIMINGS.instancePending) });
    ec2StateChange(world, instance.id, 'pending');
  }
  return null;
}

/** Purges INACTIVE container instances an hour after they became INACTIVE (§1.4). */
export function purgeInactive(world: World): void {
  if (!world.containerInstances.some((ci) => ci.inactiveAt !== null && ci.inactiveAt + INACTIVE_INSTANCE_RETENTION_MS <= world.now)) return;
  world.containerInstances = world.containerInstances.filter(
    (ci) => ci.inactiveAt === null || ci.inactiveAt + INACTIVE_INSTANCE_RETENTION_MS > world.now,
  );
}
