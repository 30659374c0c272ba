import { ACCOUNT_ID, arn } from '../../../sim/ecs/catalog';
import { busyInstances, protectedFromScaleIn } from '../../../sim/ecs/scaling';
import type { AutoScalingGroup, EcsState, LaunchTemplate, ScalableTarget } from '../../../sim/ecs/types';
import { awsTimestamp } from '../../vm/aws-format';
import { isoTimestamp } from './aws-json';
import { derivedHex } from './derived-ids';

/**
 * EC2 Auto Scaling groups, launch templates and Application Auto Scaling targets, keys in the order
 * of the aws-cli examples (`autoscaling/describe-auto-scaling-groups.rst`,
 * `ec2/create-launch-template.rst`, `application-autoscaling/describe-scalable-targets.rst`).
 */

function lifecycle(state: string): { LifecycleState: string; HealthStatus: string } {
  switch (state) {
    case 'pending':
      return { LifecycleState: 'Pending', HealthStatus: 'Healthy' };
    case 'running':
      return { LifecycleState: 'InService', HealthStatus: 'Healthy' };
    case 'shutting-down':
      return { LifecycleState: 'Terminating', HealthStatus: 'Unhealthy' };
    default:
      return { LifecycleState: 'InService', HealthStatus: 'Unhealthy' };
  }
}

export function launchTemplateRef(
  template: LaunchTemplate | undefined,
  name: string,
): Record<string, unknown> {
  return { LaunchTemplateId: template?.id ?? '', LaunchTemplateName: name, Version: '$Default' };
}

export function autoScalingGroupJson(group: AutoScalingGroup, state: EcsState): Record<string, unknown> {
  const busy = busyInstances(state);
  const template = state.launchTemplates.find((candidate) => candidate.name === group.launchTemplate);
  const ref = launchTemplateRef(template, group.launchTemplate);
  const azs = state.subnets
    .filter((subnet) => group.subnetIds.includes(subnet.id))
    .map((subnet) => subnet.az);
  return {
    AutoScalingGroupName: group.name,
    AutoScalingGroupARN: group.arn,
    LaunchTemplate: ref,
    MinSize: group.minSize,
    MaxSize: group.maxSize,
    DesiredCapacity: group.desiredCapacity,
    DefaultCooldown: 300,
    AvailabilityZones: azs,
    LoadBalancerNames: [],
    TargetGroupARNs: [],
    HealthCheckType: 'EC2',
    HealthCheckGracePeriod: 300,
    Instances: state.instances
      .filter((instance) => instance.autoScalingGroup === group.name && instance.state !== 'terminated')
      .map((instance) => ({
        InstanceId: instance.id,
        InstanceType: instance.instanceType,
        AvailabilityZone: instance.az,
        ...lifecycle(instance.state),
        LaunchTemplate: ref,
        ProtectedFromScaleIn: protectedFromScaleIn(state, group, instance.id, busy),
      })),
    CreatedTime: isoTimestamp(0),
    SuspendedProcesses: [],
    VPCZoneIdentifier: group.subnetIds.join(','),
    EnabledMetrics: [],
    Tags: [],
    TerminationPolicies: ['Default'],
    NewInstancesProtectedFromScaleIn: group.newInstancesProtectedFromScaleIn,
    ServiceLinkedRoleARN: `arn:aws:iam::${ACCOUNT_ID}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    TrafficSources: [],
  };
}

export function launchTemplateJson(template: LaunchTemplate): Record<string, unknown> {
  return {
    LaunchTemplateId: template.id,
    LaunchTemplateName: template.name,
    CreateTime: awsTimestamp(0),
    CreatedBy: `arn:aws:iam::${ACCOUNT_ID}:root`,
    DefaultVersionNumber: 1,
    LatestVersionNumber: 1,
  };
}

export const ECS_SCALING_ROLE = `arn:aws:iam::${ACCOUNT_ID}:role/aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService`;

export function scalableTargetArn(target: Pick<ScalableTarget, 'resourceId'>): string {
  return arn('application-autoscaling', `scalable-target/0e${derivedHex(target.resourceId, 34)}`);
}

export function scalableTargetJson(target: ScalableTarget): Record<string, unknown> {
  return {
    ServiceNamespace: 'ecs',
    ResourceId: target.resourceId,
    ScalableDimension: 'ecs:service:DesiredCount',
    MinCapacity: target.minCapacity,
    MaxCapacity: target.maxCapacity,
    RoleARN: ECS_SCALING_ROLE,
    CreationTime: isoTimestamp(0),
    SuspendedState: {
      DynamicScalingInSuspended: false,
      DynamicScalingOutSuspended: false,
      ScheduledScalingSuspended: false,
    },
    ScalableTargetARN: scalableTargetArn(target),
  };
}

export function scalingPolicyArn(target: Pick<ScalableTarget, 'resourceId'>, policyName: string): string {
  return arn(
    'autoscaling',
    `scalingPolicy:${derivedHex(target.resourceId, 8)}-${derivedHex(policyName, 4)}-4${derivedHex(policyName, 3)}-a${derivedHex(target.resourceId, 3)}-${derivedHex(`${target.resourceId}/${policyName}`, 12)}:resource/ecs/${target.resourceId}:policyName/${policyName}`,
  );
}
