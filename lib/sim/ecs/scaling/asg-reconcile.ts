import { launchInstances } from '../instances/launch';
import { terminateInstances } from '../instances/lifecycle';
import type { AutoScalingGroup, Ec2Instance, EcsState } from '../types';
import { emit, type World } from '../world';
import { launchTemplateProblem } from './launch-templates';

/**
 * An Auto Scaling group keeps its desired capacity of in-service instances (§5.6):
 * - an instance that stopped is unhealthy (EC2 status checks) and is terminated and replaced;
 * - missing instances launch one by one into the group's subnet whose AZ has the fewest, skipping
 *   AZs that are down (instances launched by a group carry its name);
 * - extra instances terminate from the AZ with the most, newest first (AZ balance, then the
 *   default termination policy). Instances protected from scale-in stay: with managed
 *   termination protection (§5.6) only instances without non-daemon tasks may go.
 */
export function isInService(instance: Ec2Instance): boolean {
  return instance.state === 'pending' || instance.state === 'running';
}

/** Instances that run a task other than a DAEMON service's (what termination protection guards). */
export function busyInstances(state: Pick<EcsState, 'tasks' | 'services'>): Set<string> {
  const daemons = new Set(
    state.services.filter((s) => s.schedulingStrategy === 'DAEMON').map((s) => `${s.cluster}/${s.name}`),
  );
  const busy = new Set<string>();
  for (const task of state.tasks) {
    if (task.lastStatus === 'STOPPED' || task.ec2InstanceId === null) continue;
    if (task.serviceName !== null && daemons.has(`${task.cluster}/${task.serviceName}`)) continue;
    busy.add(task.ec2InstanceId);
  }
  return busy;
}

export function protectedGroup(world: Pick<EcsState, 'capacityProviders'>, group: AutoScalingGroup): boolean {
  return world.capacityProviders.some(
    (p) => p.autoScalingGroupArn === group.arn && p.managedTerminationProtection === 'ENABLED',
  );
}

/**
 * An instance's `ProtectedFromScaleIn` (§5.6): the group protects the instances it launches when
 * `NewInstancesProtectedFromScaleIn` is set; with managed termination protection ECS keeps the
 * protection only on instances that run non-daemon tasks (`busy`) and lifts it from the others.
 * Protected instances are never terminated by a scale-in (the group still lowers its desired
 * capacity, as EC2 Auto Scaling does when every instance is protected).
 */
export function protectedFromScaleIn(
  state: Pick<EcsState, 'capacityProviders'>,
  group: AutoScalingGroup,
  instanceId: string,
  busy: ReadonlySet<string>,
): boolean {
  if (protectedGroup(state, group)) return busy.has(instanceId);
  return group.newInstancesProtectedFromScaleIn;
}

function launchOne(
  world: World,
  group: AutoScalingGroup,
  members: readonly Ec2Instance[],
): Ec2Instance | null {
  const template = world.launchTemplates.find((t) => t.name === group.launchTemplate);
  if (template === undefined || launchTemplateProblem(world, template) !== null) return null;
  const open = world.subnets.filter((s) => s.available && group.subnetIds.includes(s.id));
  if (open.length === 0) return null;
  const inAz = (az: string): number => members.filter((i) => i.az === az).length;
  const subnet = open.reduce((best, s) => (inAz(s.az) < inAz(best.az) ? s : best));
  const launched = launchInstances(
    world,
    {
      count: 1,
      instanceType: template.instanceType,
      imageId: template.imageId,
      instanceProfile: template.instanceProfile,
      userData: template.userData,
      subnetId: subnet.id,
    },
    group.name,
  );
  return launched.ok ? (launched.instances[0] ?? null) : null;
}

function chooseToTerminate(
  members: readonly Ec2Instance[],
  count: number,
  eligible: (i: Ec2Instance) => boolean,
): string[] {
  const left = [...members];
  const chosen: string[] = [];
  while (chosen.length < count) {
    const pool = left.filter(eligible);
    if (pool.length === 0) break;
    const inAz = (az: string): number => left.filter((i) => i.az === az).length;
    const victim = pool.reduce((best, i) => {
      const diff = inAz(i.az) - inAz(best.az);
      if (diff !== 0) return diff > 0 ? i : best;
      if (i.launchedAt !== best.launchedAt) return i.launchedAt > best.launchedAt ? i : best;
      return i.id > best.id ? i : best;
    });
    chosen.push(victim.id);
    left.splice(left.indexOf(victim), 1);
  }
  return chosen;
}

export function reconcileAutoScalingGroups(world: World): void {
  for (const group of [...world.autoScalingGroups]) {
    const members = world.instances.filter(
      (i) => i.autoScalingGroup === group.name && i.state !== 'terminated' && i.state !== 'shutting-down',
    );
    const unhealthy = members.filter((i) => i.state === 'stopped');
    if (unhealthy.length > 0) {
      emit(
        world,
        'asg-replace-unhealthy',
        'warning',
        `EC2 Auto Scaling: ${group.name} terminates ${unhealthy.map((i) => i.id).join(', ')}: an instance that stopped is unhealthy`,
      );
      terminateInstances(
        world,
        unhealthy.map((i) => i.id),
      );
    }
    const inService = members.filter(isInService);
    if (inService.length < group.desiredCapacity) {
      const current = [...inService];
      for (let n = inService.length; n < group.desiredCapacity; n += 1) {
        const launched = launchOne(world, group, current);
        if (launched === null) break;
        current.push(launched);
      }
      if (current.length > inService.length)
        emit(
          world,
          'asg-launch',
          'info',
          `EC2 Auto Scaling: ${group.name} launched ${current
            .slice(inService.length)
            .map((i) => i.id)
            .join(', ')} (desired capacity ${group.desiredCapacity})`,
        );
    } else if (inService.length > group.desiredCapacity) {
      const busy = busyInstances(world);
      const ids = chooseToTerminate(
        inService,
        inService.length - group.desiredCapacity,
        (i) => !protectedFromScaleIn(world, group, i.id, busy),
      );
      if (ids.length > 0) {
        emit(
          world,
          'asg-terminate',
          'info',
          `EC2 Auto Scaling: ${group.name} terminates ${ids.join(', ')} (desired capacity ${group.desiredCapacity})`,
        );
        terminateInstances(world, ids);
      }
    }
  }
}
