import { describe, expect, it } from 'vitest';
import { encodeBase64UserData } from '../../aws/input/user-data';
import { ECS_AMI_PARAMETER, ecsConsole } from '../ecs-console-driver';

const WEB = JSON.stringify({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
});
const TARGET_GROUP =
  'aws elbv2 create-target-group --name web --protocol HTTP --port 80 --vpc-id vpc-0d6f2a1c9e4b73f05 --target-type ip';

function serviceBehindTheLoadBalancer() {
  const sim = ecsConsole(1, { 'web.json': WEB }).setup(
    'aws ecs create-cluster',
    'aws ecs register-task-definition --cli-input-json file://web.json',
    TARGET_GROUP,
  );
  const arn = sim.state.targetGroups[0]?.arn ?? '';
  return {
    arn,
    sim: sim.setup(
      'aws ecs create-service --service-name web --task-definition web --desired-count 2 --launch-type FARGATE ' +
        `--network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED} --load-balancers targetGroupArn=${arn},containerName=web,containerPort=80`,
    ),
  };
}

describe('aws elbv2 with an ECS service', () => {
  it("creates the target group on the account's load balancer", () => {
    const out = ecsConsole().type(TARGET_GROUP);
    expect(out.json()).toMatchObject({
      TargetGroups: [{ TargetGroupName: 'web', TargetType: 'ip', Port: 80, HealthCheckPath: '/' }],
    });
  });

  it("shows the service's task IPs as targets, first in initial health checks", () => {
    const { sim, arn } = serviceBehindTheLoadBalancer();
    const out = sim.wait(60_000).type(`aws elbv2 describe-target-health --target-group-arn ${arn}`);
    const json = out.json<{
      TargetHealthDescriptions: { Target: { Id: string }; TargetHealth: { State: string } }[];
    }>();
    expect(json.TargetHealthDescriptions).toHaveLength(2);
    expect(json.TargetHealthDescriptions[0]?.Target.Id).toMatch(/^172\.31\./);
    expect(json.TargetHealthDescriptions[0]?.TargetHealth).toEqual({
      State: 'initial',
      Reason: 'Elb.InitialHealthChecking',
      Description: 'Initial health checks in progress',
    });
  });

  it('sets the deregistration delay and answers with every attribute', () => {
    const { sim, arn } = serviceBehindTheLoadBalancer();
    const out = sim.type(
      `aws elbv2 modify-target-group-attributes --target-group-arn ${arn} --attributes Key=deregistration_delay.timeout_seconds,Value=30`,
    );
    expect(out.json<{ Attributes: { Key: string; Value: string }[] }>().Attributes).toContainEqual({
      Key: 'deregistration_delay.timeout_seconds',
      Value: '30',
    });
    expect(out.state.targetGroups[0]?.deregistrationDelaySeconds).toBe(30);
  });
});

describe('Service Auto Scaling (§5.7)', () => {
  it('registers the service as a scalable target and attaches a CPU target-tracking policy', () => {
    const { sim } = serviceBehindTheLoadBalancer();
    const target = 'service/default/web';
    const registered = sim.type(
      `aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id ${target} --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 5`,
    );
    expect(registered.json<{ ScalableTargetARN: string }>().ScalableTargetARN).toMatch(
      /^arn:aws:application-autoscaling:us-east-1:123456789012:scalable-target\//,
    );
    const policy = registered.type(
      `aws application-autoscaling put-scaling-policy --policy-name cpu50 --service-namespace ecs --resource-id ${target} --scalable-dimension ecs:service:DesiredCount --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}"`,
    );
    expect(policy.isError).toBe(false);
    expect(policy.state.scalableTargets[0]?.policy).toMatchObject({ name: 'cpu50', targetValue: 50 });
    expect(
      policy.type('aws application-autoscaling describe-scalable-targets --service-namespace ecs').json(),
    ).toMatchObject({
      ScalableTargets: [{ ResourceId: target, MinCapacity: 1, MaxCapacity: 5 }],
    });
  });
});

describe('capacity from an Auto Scaling group (§5.6)', () => {
  it('goes from launch template to group to capacity provider to cluster strategy', () => {
    const data = JSON.stringify({
      ImageId: ECS_AMI_PARAMETER,
      InstanceType: 't3.medium',
      IamInstanceProfile: { Name: 'ecsInstanceRole' },
      UserData: encodeBase64UserData('#!/bin/bash\necho ECS_CLUSTER=default >> /etc/ecs/ecs.config\n'),
    });
    const sim = ecsConsole(1, { 'lt.json': data }).setup(
      'aws ecs create-cluster',
      'aws ec2 create-launch-template --launch-template-name ecs --launch-template-data file://lt.json',
      'aws autoscaling create-auto-scaling-group --auto-scaling-group-name asg --launch-template LaunchTemplateName=ecs --min-size 0 --max-size 3 --desired-capacity 1 --vpc-zone-identifier subnet-0a1b2c3d4e5f60718',
    );
    const groups = sim.type('aws autoscaling describe-auto-scaling-groups').json<{
      AutoScalingGroups: { AutoScalingGroupARN: string; DesiredCapacity: number; Instances: unknown[] }[];
    }>();
    const group = groups.AutoScalingGroups[0];
    expect(group).toMatchObject({ DesiredCapacity: 1 });
    expect(group?.Instances).toHaveLength(1);
    const withProvider = sim.setup(
      `aws ecs create-capacity-provider --name cp --auto-scaling-group-provider autoScalingGroupArn=${group?.AutoScalingGroupARN ?? ''},managedScaling={status=ENABLED,targetCapacity=100}`,
    );
    const cluster = withProvider.type(
      'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers cp --default-capacity-provider-strategy capacityProvider=cp,weight=1',
    );
    expect(cluster.json()).toMatchObject({
      cluster: {
        capacityProviders: ['cp'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'cp', weight: 1, base: 0 }],
      },
    });
    expect(
      cluster.type('aws ecs describe-capacity-providers --capacity-providers cp nope').json(),
    ).toMatchObject({
      capacityProviders: [
        { name: 'cp', autoScalingGroupProvider: { managedScaling: { status: 'ENABLED' } } },
      ],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/nope', reason: 'MISSING' }],
    });
  });
});
