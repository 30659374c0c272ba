import type { CommandError } from '../../core/types';
import { findCluster } from '../clusters';
import type { EcsCommandOf } from '../commands';
import { deregisterTaskTargets } from '../services/hooks';
import { enterStopping } from '../tasks/stop';
import type { Task } from '../types';
import { emit, refused, setTask, type World } from '../world';
import { SPOT_INTERRUPTED_REASON, spotCapacityAvailable } from './spot-rules';

/**
 * Dockyard's Fargate Spot faults (the rules are in spot-rules.ts): `chaos interrupt-spot` gives
 * tasks the two-minute warning, `chaos spot-capacity off|on` takes spare capacity away and back.
 */

function isRunningSpotTask(task: Task): boolean {
  return (
    task.capacityProvider === 'FARGATE_SPOT' &&
    task.lastStatus === 'RUNNING' &&
    task.desiredStatus === 'RUNNING'
  );
}

/** One task gets the warning: the event, SIGTERM at once (STOPPING), and its targets drain. */
export function interruptSpotTask(world: World, task: Task): void {
  const warned = setTask(world, {
    ...task,
    desiredStatus: 'STOPPED',
    stopCode: 'SpotInterruption',
    stoppedReason: SPOT_INTERRUPTED_REASON,
    stoppingAt: world.now,
  });
  const who = task.serviceName === null ? task.group : `service ${task.serviceName}`;
  emit(
    world,
    'spot-interruption',
    'warning',
    `ECS Task State Change: task ${task.id} (${who}, Fargate Spot, ${task.az}) is RUNNING, desiredStatus STOPPED, stopCode SpotInterruption: ${SPOT_INTERRUPTED_REASON} Two-minute warning: SIGTERM now, SIGKILL after stopTimeout`,
  );
  deregisterTaskTargets(world, warned);
  enterStopping(world, warned);
}

/**
 * `chaos interrupt-spot`: the named RUNNING Fargate Spot tasks, or the `count` oldest ones
 * (by start, then id: the same ones whatever the seed).
 */
export function interruptSpotTasks(
  world: World,
  command: EcsCommandOf<'InterruptSpotTasks'>,
): CommandError | null {
  const cluster = command.cluster === undefined ? undefined : findCluster(world, command.cluster);
  if (command.cluster !== undefined && cluster === undefined)
    return refused(world, 'Dockyard', `no cluster ${command.cluster}`);
  const candidates = world.tasks
    .filter((t) => isRunningSpotTask(t) && (cluster === undefined || t.cluster === cluster.name))
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.id.localeCompare(b.id));
  let chosen: Task[];
  if (command.tasks !== undefined && command.tasks.length > 0) {
    chosen = [];
    for (const ref of command.tasks) {
      const id = ref.slice(ref.lastIndexOf('/') + 1);
      const task = candidates.find((t) => t.id === id);
      if (task === undefined)
        return refused(world, 'Dockyard', `task ${id} is not a RUNNING Fargate Spot task`);
      chosen.push(task);
    }
  } else {
    if (candidates.length === 0) return refused(world, 'Dockyard', 'no Fargate Spot task is RUNNING');
    chosen = candidates.slice(0, Math.max(1, command.count ?? 1));
  }
  for (const task of chosen) interruptSpotTask(world, task);
  return null;
}

/** `chaos spot-capacity on|off`: whether Fargate Spot has spare capacity for new tasks. */
export function setFargateSpotCapacity(world: World, available: boolean): CommandError | null {
  if (spotCapacityAvailable(world) === available)
    return refused(
      world,
      'Dockyard',
      `Fargate Spot capacity is already ${available ? 'available' : 'unavailable'}`,
    );
  world.fargateSpotAvailable = available;
  emit(
    world,
    available ? 'spot-capacity-available' : 'spot-capacity-unavailable',
    available ? 'success' : 'warning',
    available
      ? 'Dockyard: Fargate Spot has spare capacity again'
      : 'Dockyard: Fargate Spot has no spare capacity: new FARGATE_SPOT tasks cannot start',
  );
  return null;
}
