import type { CommandError } from '../core/types';
import type { EcsCommandOf } from './commands';
import { hostGone, startInstances } from './instances/lifecycle';
import { setInstance } from './instances/agent';
import { ec2StateChange } from './events';
import { killContainer } from './tasks/lifecycle';
import { stopNow } from './tasks/stop';
import { emit, refused, type World } from './world';

/**
 * Dockyard's own fault injection (the `chaos` console program): not AWS APIs, but the failures
 * ECS is built to survive, each shown with the consequences ECS would report.
 */
export const OUTAGE_REASON = 'Dockyard: simulated Availability Zone outage';

function knownAz(world: World, az: string): CommandError | null {
  if (world.subnets.some((s) => s.az === az)) return null;
  return refused(world, 'Dockyard', `unknown Availability Zone ${az} (this account has ${world.subnets.map((s) => s.az).join(', ')})`);
}

/** The AZ goes dark: its instances stop, its Fargate tasks are lost, nothing new launches there. */
export function failAvailabilityZone(world: World, az: string): CommandError | null {
  const problem = knownAz(world, az);
  if (problem !== null) return problem;
  world.subnets = world.subnets.map((s) => (s.az === az ? { ...s, available: false } : s));
  emit(world, 'az-outage', 'error', `Dockyard: simulated outage of ${az}: its instances and tasks are lost`);
  for (const instance of world.instances) {
    if (instance.az !== az || (instance.state !== 'running' && instance.state !== 'pending' && instance.state !== 'stopping')) continue;
    setInstance(world, { ...instance, state: 'stopped', stateReason: OUTAGE_REASON, agent: 'disconnected', nextAt: null });
    hostGone(world, instance, 'stopped');
    ec2StateChange(world, instance.id, 'stopped');
  }
  for (const task of world.tasks)
    if (task.launchType === 'FARGATE' && task.az === az && task.lastStatus !== 'STOPPED')
      stopNow(world, task, null, 'Task stopped because its Availability Zone became unavailable (Dockyard simulated outage)');
  return null;
}

/** The AZ is back: instances stopped by the outage start again and their agents reconnect. */
export function restoreAvailabilityZone(world: World, az: string): CommandError | null {
  const problem = knownAz(world, az);
  if (problem !== null) return problem;
  world.subnets = world.subnets.map((s) => (s.az === az ? { ...s, available: true } : s));
  emit(world, 'az-restored', 'success', `Dockyard: ${az} is available again`);
  const ids = world.instances.filter((i) => i.az === az && i.state === 'stopped' && i.stateReason === OUTAGE_REASON).map((i) => i.id);
  return ids.length > 0 ? startInstances(world, ids) : null;
}

/** The agent loses (or regains) its connection; its tasks keep running (§1.4). */
export function setAgentConnection(world: World, instanceId: string, connected: boolean): CommandError | null {
  const instance = world.instances.find((i) => i.id === instanceId);
  const ci = world.containerInstances.find((c) => c.ec2InstanceId === instanceId && c.status !== 'INACTIVE');
  if (instance === undefined || ci === undefined)
    return refused(world, 'Dockyard', `${instanceId} is not a registered container instance`);
  world.containerInstances = world.containerInstances.map((c) => (c === ci ? { ...c, agentConnected: connected } : c));
  setInstance(world, { ...instance, agent: connected ? 'connected' : 'disconnected' });
  emit(
    world,
    connected ? 'agent-connected' : 'agent-disconnected',
    connected ? 'success' : 'warning',
    `Container instance ${ci.id} (${instanceId}): agentConnected is now ${connected}`,
  );
  return null;
}

export function chaosKillContainer(world: World, command: EcsCommandOf<'KillContainer'>): CommandError | null {
  const id = command.task.includes('/') ? command.task.slice(command.task.lastIndexOf('/') + 1) : command.task;
  const task = world.tasks.find((t) => t.id === id);
  if (task === undefined || task.lastStatus !== 'RUNNING') return refused(world, 'Dockyard', `task ${id} is not RUNNING`);
  const name = command.container ?? task.containers.find((c) => c.essential && c.lastStatus === 'RUNNING')?.name;
  const container = task.containers.find((c) => c.name === name);
  if (container === undefined || container.lastStatus !== 'RUNNING')
    return refused(world, 'Dockyard', `container ${name ?? '?'} is not running in task ${id} (containers: ${task.containers.map((c) => c.name).join(', ')})`);
  emit(world, 'container-killed', 'warning', `Dockyard: container ${container.name} in task ${id} exited with code ${command.exitCode}`);
  killContainer(world, task, container.name, command.exitCode);
  return null;
}
