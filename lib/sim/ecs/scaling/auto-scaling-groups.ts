import type { CommandError } from '../../core/types';
import { arn } from '../catalog';
import type { EcsCommandOf } from '../commands';
import { uuid } from '../ids';
import type { AutoScalingGroup } from '../types';
import { emit, refused, type World } from '../world';
import { launchTemplateProblem } from './launch-templates';

/**
 * EC2 Auto Scaling groups (§5.6): a launch template, min/max/desired sizes and subnets. The group
 * launches and terminates instances toward its desired capacity (asg-reconcile.ts). Wordings
 * observed in real CLI output: `AlreadyExists`, `Max bound, …, must be greater than or equal to min
 * bound, …`, `Desired capacity:… must be between the specified min size:… and max size:…`,
 * `New SetDesiredCapacity value … is above max value … for the AutoScalingGroup.`; the
 * launch-template one is EC2's own [observed]; the subnet and unknown-group ones are unconfirmed.
 */
type Result = { ok: true } | { ok: false; error: CommandError };

export function findAutoScalingGroup(
  world: Pick<World, 'autoScalingGroups'>,
  ref: string,
): AutoScalingGroup | undefined {
  return world.autoScalingGroups.find((g) => g.name === ref || g.arn === ref);
}

export function createAutoScalingGroup(
  world: World,
  command: EcsCommandOf<'CreateAutoScalingGroup'>,
): Result {
  const fail = (message: string, code = 'ValidationError'): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  if (world.autoScalingGroups.some((g) => g.name === command.name))
    return fail(
      `AutoScalingGroup by this name already exists - A group with the name ${command.name} already exists`,
      'AlreadyExists',
    );
  const template = world.launchTemplates.find(
    (t) => t.name === command.launchTemplate || t.id === command.launchTemplate,
  );
  if (template === undefined)
    return fail(
      `The specified launch template, with template name ${command.launchTemplate}, does not exist.`,
    );
  const problem = launchTemplateProblem(world, template);
  if (problem !== null) return fail(problem);
  if (command.minSize < 0 || command.maxSize < 0) return fail('MinSize and MaxSize must be zero or greater.');
  if (command.maxSize < command.minSize)
    return fail(
      `Max bound, ${command.maxSize}, must be greater than or equal to min bound, ${command.minSize}`,
    );
  const desired = command.desiredCapacity ?? command.minSize;
  if (desired < command.minSize || desired > command.maxSize)
    return fail(
      `Desired capacity:${desired} must be between the specified min size:${command.minSize} and max size:${command.maxSize}`,
    );
  if (command.subnetIds.length === 0)
    return fail('At least one Availability Zone or VPC Subnet is required.');
  const unknown = command.subnetIds.find((id) => !world.subnets.some((s) => s.id === id));
  if (unknown !== undefined) return fail(`The subnet ID '${unknown}' does not exist`);
  const group: AutoScalingGroup = {
    name: command.name,
    arn: arn('autoscaling', `autoScalingGroup:${uuid(world)}:autoScalingGroupName/${command.name}`),
    launchTemplate: template.name,
    minSize: command.minSize,
    maxSize: command.maxSize,
    desiredCapacity: desired,
    subnetIds: [...command.subnetIds],
    newInstancesProtectedFromScaleIn: command.newInstancesProtectedFromScaleIn ?? false,
  };
  world.autoScalingGroups.push(group);
  emit(
    world,
    'asg-created',
    'info',
    `EC2 Auto Scaling: group ${group.name} created (min ${group.minSize}, max ${group.maxSize}, desired ${desired}) with launch template ${template.name}`,
  );
  return { ok: true };
}

export function setDesiredCapacity(world: World, command: EcsCommandOf<'SetDesiredCapacity'>): Result {
  const group = findAutoScalingGroup(world, command.name);
  if (group === undefined)
    return {
      ok: false,
      error: refused(
        world,
        'ValidationError',
        `AutoScalingGroup name not found - AutoScalingGroup '${command.name}' not found`,
      ),
    };
  const desired = command.desiredCapacity;
  if (desired > group.maxSize)
    return {
      ok: false,
      error: refused(
        world,
        'ValidationError',
        `New SetDesiredCapacity value ${desired} is above max value ${group.maxSize} for the AutoScalingGroup.`,
      ),
    };
  if (desired < group.minSize)
    return {
      ok: false,
      error: refused(
        world,
        'ValidationError',
        `New SetDesiredCapacity value ${desired} is below min value ${group.minSize} for the AutoScalingGroup.`,
      ),
    };
  setGroupDesired(world, group, desired, 'a user request to set the desired capacity');
  return { ok: true };
}

/** Changes the group's desired capacity and says why, as the group's scaling activity does. */
export function setGroupDesired(world: World, group: AutoScalingGroup, desired: number, cause: string): void {
  if (desired === group.desiredCapacity) return;
  world.autoScalingGroups = world.autoScalingGroups.map((g) =>
    g.name === group.name ? { ...g, desiredCapacity: desired } : g,
  );
  emit(
    world,
    'asg-desired-capacity',
    'info',
    `EC2 Auto Scaling: ${group.name} desired capacity ${group.desiredCapacity} → ${desired} (${cause})`,
  );
}
