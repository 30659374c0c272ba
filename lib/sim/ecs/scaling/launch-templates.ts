import type { CommandError } from '../../core/types';
import { amiSpec, instanceTypeSpec, SSM_PARAMETERS } from '../catalog';
import type { EcsCommandOf } from '../commands';
import { ec2StyleId } from '../ids';
import type { LaunchTemplate } from '../types';
import { emit, refused, type World } from '../world';

/**
 * EC2 launch templates: what an Auto Scaling group launches (AMI, instance type, instance profile,
 * user data). `Launch template name already in use.` is EC2's [observed, moto and real reports].
 */
export function createLaunchTemplate(
  world: World,
  command: EcsCommandOf<'CreateLaunchTemplate'>,
): { ok: true } | { ok: false; error: CommandError } {
  if (world.launchTemplates.some((t) => t.name === command.name))
    return {
      ok: false,
      error: refused(
        world,
        'InvalidLaunchTemplateName.AlreadyExistsException',
        'Launch template name already in use.',
      ),
    };
  const template: LaunchTemplate = {
    name: command.name,
    id: ec2StyleId(world, 'lt'),
    imageId: command.imageId,
    instanceType: command.instanceType,
    instanceProfile: command.instanceProfile,
    userData: command.userData,
  };
  world.launchTemplates.push(template);
  emit(
    world,
    'launch-template-created',
    'info',
    `EC2: launch template ${template.name} (${template.id}) created: ${template.instanceType}, ${template.imageId}`,
  );
  return { ok: true };
}

/**
 * Why instances of this template cannot launch, or null. The Auto Scaling group checks its
 * template when it is created, with EC2's own reason after its prefix, as real errors show:
 * `You must use a valid fully-formed launch template. The image id '[ami-…]' does not exist`,
 * `… Invalid value 'm5.medium' for InstanceType.`, `… Value (NAME) for parameter
 * iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name` [observed]; the
 * architecture one follows RunInstances' text (unconfirmed).
 */
export function launchTemplateProblem(world: Pick<World, 'roles'>, template: LaunchTemplate): string | null {
  const prefix = 'You must use a valid fully-formed launch template.';
  const type = instanceTypeSpec(template.instanceType);
  if (type === undefined) return `${prefix} Invalid value '${template.instanceType}' for InstanceType.`;
  const imageId = template.imageId.startsWith('resolve:ssm:')
    ? SSM_PARAMETERS[template.imageId.slice('resolve:ssm:'.length)]
    : template.imageId;
  const ami = imageId === undefined ? undefined : amiSpec(imageId);
  if (ami === undefined) return `${prefix} The image id '[${template.imageId}]' does not exist`;
  if (ami.architecture !== type.architecture)
    return `${prefix} The architecture '${type.architecture}' of the specified instance type does not match the architecture '${ami.architecture}' of the specified AMI.`;
  if (
    template.instanceProfile !== null &&
    !world.roles.some((r) => r.instanceProfile && r.name === template.instanceProfile)
  )
    return `${prefix} Value (${template.instanceProfile}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`;
  return null;
}
