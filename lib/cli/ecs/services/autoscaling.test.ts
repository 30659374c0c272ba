import { describe, expect, it } from 'vitest';
import { encodeBase64UserData } from '../../aws/input/user-data';
import { ECS_AMI_PARAMETER, ecsConsole } from '../ecs-console-driver';

interface GroupJson {
  AutoScalingGroupARN: string;
  NewInstancesProtectedFromScaleIn: boolean;
  Instances: { InstanceId: string; ProtectedFromScaleIn: boolean }[];
}

const LAUNCH_TEMPLATE = JSON.stringify({
  ImageId: ECS_AMI_PARAMETER,
  InstanceType: 't3.medium',
  IamInstanceProfile: { Name: 'ecsInstanceRole' },
  UserData: encodeBase64UserData('#!/bin/bash\necho ECS_CLUSTER=default >> /etc/ecs/ecs.config\n'),
});

const CREATE_GROUP =
  'aws autoscaling create-auto-scaling-group --auto-scaling-group-name asg --launch-template LaunchTemplateName=ecs --min-size 0 --max-size 3 --desired-capacity 2 --vpc-zone-identifier subnet-0a1b2c3d4e5f60718';

function withTemplate() {
  return ecsConsole(1, { 'lt.json': LAUNCH_TEMPLATE }).setup(
    'aws ecs create-cluster',
    'aws ec2 create-launch-template --launch-template-name ecs --launch-template-data file://lt.json',
  );
}

const group = (sim: ReturnType<typeof withTemplate>): GroupJson | undefined =>
  sim.type('aws autoscaling describe-auto-scaling-groups').json<{ AutoScalingGroups: GroupJson[] }>()
    .AutoScalingGroups[0];

describe('create-auto-scaling-group --new-instances-protected-from-scale-in (§5.6)', () => {
  it('protects the group and each instance it launches, as describe-auto-scaling-groups shows', () => {
    const sim = withTemplate().setup(`${CREATE_GROUP} --new-instances-protected-from-scale-in`);
    expect(sim.state.autoScalingGroups[0]?.newInstancesProtectedFromScaleIn).toBe(true);
    const described = group(sim);
    expect(described?.NewInstancesProtectedFromScaleIn).toBe(true);
    expect(described?.Instances.map((i) => i.ProtectedFromScaleIn)).toEqual([true, true]);
  });

  it('leaves them unprotected without it (the default)', () => {
    const described = group(withTemplate().setup(CREATE_GROUP));
    expect(described?.NewInstancesProtectedFromScaleIn).toBe(false);
    expect(described?.Instances.map((i) => i.ProtectedFromScaleIn)).toEqual([false, false]);
  });

  it('lets a capacity provider take managed termination protection only on a protected group', () => {
    const provider = (arn: string) =>
      `aws ecs create-capacity-provider --name cp --auto-scaling-group-provider autoScalingGroupArn=${arn},managedScaling={status=ENABLED,targetCapacity=100},managedTerminationProtection=ENABLED`;
    const plain = withTemplate().setup(CREATE_GROUP);
    const refused = plain.type(provider(group(plain)?.AutoScalingGroupARN ?? ''));
    expect(refused.isError).toBe(true);
    expect(refused.toolOutput()).toContain(
      'The managed termination protection setting for the capacity provider is invalid. To enable managed termination protection for a capacity provider, the Auto Scaling group must have instance protection from scale in enabled.',
    );
    const protectedSim = withTemplate().setup(`${CREATE_GROUP} --new-instances-protected-from-scale-in`);
    const created = protectedSim.type(provider(group(protectedSim)?.AutoScalingGroupARN ?? ''));
    expect(created.isError).toBe(false);
    // With managed termination protection, ECS lifts the protection from instances without tasks.
    expect(group(created.wait(180_000))?.Instances.map((i) => i.ProtectedFromScaleIn)).toEqual([
      false,
      false,
    ]);
  });
});
