import type { CommandError } from '../../core/types';
import type { EcsCommandOf } from '../commands';
import { amiSpec, DEFAULT_SUBNETS, instanceTypeSpec, SSM_PARAMETERS } from '../catalog';
import { TIMINGS } from '../figures';
import { ec2StyleId } from '../ids';
import { ec2StateChange } from '../events';
import { readAgentConfig } from './user-data';
import type { Ec2Instance, Subnet } from '../types';
import { draw, refused, type World } from '../world';
import { subnetHostAddress } from '../network';

const AMI_ID = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

/** `resolve:ssm:NAME` (§ the ECS-optimized AMI is found through a public SSM parameter) → the AMI id. */
function resolveImageId(imageId: string): { ok: true; id: string } | { ok: false; code: string; message: string } {
  if (imageId.startsWith('resolve:ssm:')) {
    const resolved = SSM_PARAMETERS[imageId.slice('resolve:ssm:'.length)];
    // EC2's wording for an unknown parameter was not found in a primary source (unconfirmed).
    if (resolved === undefined)
      return { ok: false, code: 'InvalidParameterValue', message: `Invalid value '${imageId}' for parameter ImageId. The parameter could not be resolved.` };
    return { ok: true, id: resolved };
  }
  if (!AMI_ID.test(imageId)) return { ok: false, code: 'InvalidAMIID.Malformed', message: `Invalid id: "${imageId}" (expecting "ami-...")` };
  if (amiSpec(imageId) === undefined)
    return { ok: false, code: 'InvalidAMIID.NotFound', message: `The image id '[${imageId}]' does not exist` };
  return { ok: true, id: imageId };
}

/** EC2 places a request without a subnet in one default subnet; here, the AZ with the fewest live instances. */
function chooseSubnet(world: World): Subnet {
  const live = (az: string): number =>
    world.instances.filter((i) => i.az === az && i.state !== 'terminated' && i.state !== 'shutting-down').length;
  // Only the default subnets: a request without a subnet never lands in one made with CreateSubnet.
  const open = world.subnets.filter((s) => s.available && s.defaultForAz !== false);
  const pool = open.length > 0 ? open : world.subnets.filter((s) => s.defaultForAz !== false);
  return pool.reduce((best, subnet) => (live(subnet.az) < live(best.az) ? subnet : best));
}

function privateIp(subnet: Subnet, serial: number): string {
  const offset = DEFAULT_SUBNETS.find((s) => s.id === subnet.id)?.ipOffset;
  if (offset === undefined) return subnetHostAddress(subnet.cidr, serial + 6);
  return `172.31.${offset + Math.floor(serial / 250)}.${(serial % 250) + 10}`;
}

/** Checks a launch the way EC2 does; returns the resolved AMI and subnet, or EC2's error. */
function checkLaunch(
  world: World,
  command: Pick<EcsCommandOf<'RunInstances'>, 'instanceType' | 'imageId' | 'instanceProfile' | 'subnetId'>,
): { ok: true; imageId: string; subnet: Subnet } | { ok: false; error: CommandError } {
  const fail = (code: string, message: string) => ({ ok: false as const, error: refused(world, code, message) });
  const type = instanceTypeSpec(command.instanceType);
  if (type === undefined) return fail('InvalidParameterValue', `Invalid value '${command.instanceType}' for InstanceType.`);
  const image = resolveImageId(command.imageId);
  if (!image.ok) return fail(image.code, image.message);
  const ami = amiSpec(image.id);
  if (ami !== undefined && ami.architecture !== type.architecture)
    return fail(
      'InvalidParameterValue',
      `The architecture '${type.architecture}' of the specified instance type does not match the architecture '${ami.architecture}' of the specified AMI. Specify an instance type and an AMI that have matching architectures, and try again. You can use 'describe-instance-types' or 'describe-images' to discover the architecture of the instance type or AMI.`,
    );
  if (command.instanceProfile !== null && !world.roles.some((r) => r.instanceProfile && r.name === command.instanceProfile))
    return fail(
      'InvalidParameterValue',
      `Value (${command.instanceProfile}) for parameter iamInstanceProfile.name is invalid. Invalid IAM Instance Profile name`,
    );
  let subnet: Subnet | undefined;
  if (command.subnetId !== null) {
    subnet = world.subnets.find((s) => s.id === command.subnetId);
    if (subnet === undefined) return fail('InvalidSubnetID.NotFound', `The subnet ID '${command.subnetId}' does not exist`);
  } else subnet = chooseSubnet(world);
  if (!subnet.available) {
    const others = world.subnets.filter((s) => s.available).map((s) => s.az);
    return fail(
      'InsufficientInstanceCapacity',
      `We currently do not have sufficient ${type.name} capacity in the Availability Zone you requested (${subnet.az}). Our system will be working on provisioning additional capacity. You can currently get ${type.name} capacity by not specifying an Availability Zone in your request or choosing ${others.join(', ')}.`,
    );
  }
  return { ok: true, imageId: image.id, subnet };
}

/**
 * Launches `count` instances (all or nothing, MinCount = MaxCount). Each boots, and on an
 * ECS-optimized AMI its agent starts and tries to register (instances/agent.ts). Returns the new
 * instances, or EC2's error.
 */
export function launchInstances(
  world: World,
  command: Omit<EcsCommandOf<'RunInstances'>, 'type'>,
  autoScalingGroup: string | null = null,
): { ok: true; instances: Ec2Instance[] } | { ok: false; error: CommandError } {
  const checked = checkLaunch(world, command);
  if (!checked.ok) return checked;
  const type = instanceTypeSpec(command.instanceType);
  if (type === undefined) return { ok: false, error: { code: 'InvalidParameterValue', message: '' } };
  const config = readAgentConfig(command.userData);
  const reservationId = ec2StyleId(world, 'r');
  const launched: Ec2Instance[] = [];
  for (let index = 0; index < command.count; index += 1) {
    const serial = world.instances.length + 1;
    const instance: Ec2Instance = {
      id: ec2StyleId(world, 'i'),
      reservationId,
      instanceType: type.name,
      imageId: checked.imageId,
      launchIndex: index,
      subnetId: checked.subnet.id,
      az: checked.subnet.az,
      privateIp: privateIp(checked.subnet, serial),
      launchedAt: world.now,
      state: 'pending',
      stateReason: '',
      instanceProfile: command.instanceProfile,
      ecsCluster: config.cluster,
      reservedMemoryMiB: config.reservedMemoryMiB,
      customAttributes: config.attributes,
      agent: 'none',
      agentError: null,
      autoScalingGroup,
      nextAt: world.now + draw(world, TIMINGS.instancePending),
    };
    world.instances.push(instance);
    launched.push(instance);
    ec2StateChange(world, instance.id, 'pending');
  }
  return { ok: true, instances: launched };
}
