import { ASG_LAUNCH_TEMPLATE, ASG_TAGS } from '../args/service-shapes';
import type { EcsState } from '../../../sim/ecs/types';
import { fail } from '../../types';
import { autoScalingGroupJson } from '../format/autoscaling-json';
import {
  apiError,
  bool,
  dispatch,
  int,
  param,
  printJson,
  record,
  str,
  strings,
  type Operation,
} from '../operation';

/** `aws autoscaling`: EC2 Auto Scaling groups that capacity providers scale (reference §5.6). */

function subnetsFor(input: Readonly<Record<string, unknown>>, state: EcsState): string[] {
  const identifier = str(input, 'VPCZoneIdentifier');
  if (identifier !== undefined)
    return identifier
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '');
  const zones = strings(input, 'AvailabilityZones') ?? [];
  return state.subnets.filter((subnet) => zones.includes(subnet.az)).map((subnet) => subnet.id);
}

const createAutoScalingGroup: Operation = {
  name: 'create-auto-scaling-group',
  api: 'CreateAutoScalingGroup',
  summary: 'create a group that keeps N instances from a launch template',
  params: [
    param('--auto-scaling-group-name', 'AutoScalingGroupName', 'string', true),
    param('--launch-template', 'LaunchTemplate', 'structure', false, ASG_LAUNCH_TEMPLATE),
    param('--min-size', 'MinSize', 'integer', true),
    param('--max-size', 'MaxSize', 'integer', true),
    param('--desired-capacity', 'DesiredCapacity', 'integer'),
    param('--availability-zones', 'AvailabilityZones', 'strings'),
    param('--vpc-zone-identifier', 'VPCZoneIdentifier', 'string'),
    param('--new-instances-protected-from-scale-in', 'NewInstancesProtectedFromScaleIn', 'boolean'),
    param('--tags', 'Tags', 'list', false, ASG_TAGS),
  ],
  run(input, { state }) {
    const api = 'CreateAutoScalingGroup';
    const template = record(input['LaunchTemplate']);
    if (template === undefined)
      return fail(
        'Dockyard: give --launch-template LaunchTemplateName=NAME (launch configurations are not simulated).',
      );
    const byId = str(template, 'LaunchTemplateId');
    const name =
      str(template, 'LaunchTemplateName') ??
      state.launchTemplates.find((candidate) => candidate.id === byId)?.name;
    if (name === undefined)
      return apiError(
        api,
        'ValidationError',
        `You must use a valid fully-formed launch template. The specified launch template, with template ID ${byId ?? ''}, does not exist.`,
        'aws ec2 create-launch-template creates one; name it with LaunchTemplateName=NAME.',
      );
    const subnetIds = subnetsFor(input, state);
    if (subnetIds.length === 0)
      return apiError(
        api,
        'ValidationError',
        'At least one Availability Zone or VPC Subnet is required.',
        'add --vpc-zone-identifier "SUBNET1,SUBNET2" (aws ec2 describe-subnets).',
      );
    const groupName = str(input, 'AutoScalingGroupName') ?? '';
    const protectedFromScaleIn = bool(input, 'NewInstancesProtectedFromScaleIn');
    return dispatch(
      api,
      {
        type: 'CreateAutoScalingGroup',
        name: groupName,
        launchTemplate: name,
        minSize: int(input, 'MinSize') ?? 0,
        maxSize: int(input, 'MaxSize') ?? 0,
        desiredCapacity: int(input, 'DesiredCapacity') ?? null,
        subnetIds,
        ...(protectedFromScaleIn === undefined
          ? {}
          : { newInstancesProtectedFromScaleIn: protectedFromScaleIn }),
      },
      () => '',
    );
  },
};

const describeAutoScalingGroups: Operation = {
  name: 'describe-auto-scaling-groups',
  api: 'DescribeAutoScalingGroups',
  summary: 'show groups: sizes, ARN and instances',
  params: [param('--auto-scaling-group-names', 'AutoScalingGroupNames', 'strings')],
  run(input, { state }) {
    const names = strings(input, 'AutoScalingGroupNames');
    return printJson({
      AutoScalingGroups: state.autoScalingGroups
        .filter((group) => names === undefined || names.includes(group.name))
        .map((group) => autoScalingGroupJson(group, state)),
    });
  },
};

const setDesiredCapacity: Operation = {
  name: 'set-desired-capacity',
  api: 'SetDesiredCapacity',
  summary: 'change how many instances a group keeps',
  params: [
    param('--auto-scaling-group-name', 'AutoScalingGroupName', 'string', true),
    param('--desired-capacity', 'DesiredCapacity', 'integer', true),
    param('--honor-cooldown', 'HonorCooldown', 'boolean'),
  ],
  run(input) {
    return dispatch(
      'SetDesiredCapacity',
      {
        type: 'SetDesiredCapacity',
        name: str(input, 'AutoScalingGroupName') ?? '',
        desiredCapacity: int(input, 'DesiredCapacity') ?? 0,
      },
      () => '',
      () => 'aws autoscaling describe-auto-scaling-groups shows the groups and their min and max sizes.',
    );
  },
};

export const AUTOSCALING_OPERATIONS: readonly Operation[] = [
  createAutoScalingGroup,
  describeAutoScalingGroups,
  setDesiredCapacity,
];
