import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import type { EcsState } from '../../../sim/ecs/types';
import { tokenize } from '../../tokenize';
import { NO_FILES } from '../../types';
import { awsProgram } from '../aws-program';

/** Line → the engine command it dispatches (services, ELB and scaling: what the console sends). */
function dispatched(line: string, state: EcsState = initEcsState(1)) {
  const tokens = tokenize(line);
  if (!tokens.ok) throw new Error(tokens.error);
  const result = awsProgram.run(tokens.tokens.slice(1), state, NO_FILES);
  if (result.kind !== 'dispatch') throw new Error(result.output);
  return result.command;
}

function printed(line: string, state: EcsState = initEcsState(1)): string {
  const tokens = tokenize(line);
  if (!tokens.ok) throw new Error(tokens.error);
  const result = awsProgram.run(tokens.tokens.slice(1), state, NO_FILES);
  if (result.kind !== 'print') throw new Error(`dispatched ${JSON.stringify(result.command)}`);
  return result.output;
}

const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef';

describe('aws ecs create-service, update-service and delete-service', () => {
  it('sends every option the service needs, with the API structures converted (§5)', () => {
    expect(
      dispatched(
        'aws ecs create-service --cluster prod --service-name web --task-definition web:3 --desired-count 4 ' +
          '--launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-a],assignPublicIp=ENABLED}" ' +
          `--load-balancers targetGroupArn=${TG},containerName=web,containerPort=8080 ` +
          '--health-check-grace-period-seconds 60 ' +
          '--deployment-configuration "maximumPercent=200,minimumHealthyPercent=50,deploymentCircuitBreaker={enable=true,rollback=true}"',
      ),
    ).toEqual({
      type: 'CreateService',
      cluster: 'prod',
      serviceName: 'web',
      taskDefinition: 'web:3',
      desiredCount: 4,
      launchType: 'FARGATE',
      networkConfiguration: { subnets: ['subnet-a'], securityGroups: [], assignPublicIp: 'ENABLED' },
      loadBalancers: [{ targetGroupArn: TG, containerName: 'web', containerPort: 8080 }],
      healthCheckGracePeriodSeconds: 60,
      deploymentConfiguration: {
        minimumHealthyPercent: 50,
        maximumPercent: 200,
        circuitBreaker: { enable: true, rollback: true },
      },
    });
  });

  it('reads a capacity provider strategy with integer weights from shorthand (§5.6)', () => {
    expect(
      dispatched(
        'aws ecs create-service --service-name web --task-definition web --capacity-provider-strategy capacityProvider=FARGATE,weight=1,base=1 capacityProvider=FARGATE_SPOT,weight=4',
      ),
    ).toMatchObject({
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', weight: 1, base: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 4, base: 0 },
      ],
    });
  });

  it("refuses a structure of the wrong type with botocore's report", () => {
    expect(
      printed(
        `aws ecs create-service --service-name web --task-definition web --network-configuration '{"awsvpcConfiguration":{"subnets":"subnet-a"}}'`,
      ),
    ).toBe(
      "Parameter validation failed:\nInvalid type for parameter networkConfiguration.awsvpcConfiguration.subnets, value: subnet-a, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>",
    );
  });

  it("asks for a task definition in ECS's words", () => {
    expect(printed('aws ecs create-service --service-name web')).toMatch(
      /^An error occurred \(InvalidParameterException\) when calling the CreateService operation: TaskDefinition can not be blank\./,
    );
  });

  it('updates the desired count, the task definition, or forces a new deployment', () => {
    expect(dispatched('aws ecs update-service --service web --desired-count 0')).toEqual({
      type: 'UpdateService',
      service: 'web',
      desiredCount: 0,
    });
    expect(
      dispatched(
        'aws ecs update-service --cluster prod --service web --task-definition web:4 --force-new-deployment',
      ),
    ).toEqual({
      type: 'UpdateService',
      cluster: 'prod',
      service: 'web',
      taskDefinition: 'web:4',
      forceNewDeployment: true,
    });
  });

  it('deletes with --force', () => {
    expect(dispatched('aws ecs delete-service --service web --force')).toEqual({
      type: 'DeleteService',
      service: 'web',
      force: true,
    });
  });
});

describe('capacity providers', () => {
  it('creates one from an Auto Scaling group with the API defaults (§5.6)', () => {
    expect(
      dispatched(
        'aws ecs create-capacity-provider --name cp --auto-scaling-group-provider autoScalingGroupArn=arn:asg,managedScaling={status=ENABLED,targetCapacity=90}',
      ),
    ).toEqual({
      type: 'CreateCapacityProvider',
      name: 'cp',
      autoScalingGroupArn: 'arn:asg',
      managedScalingStatus: 'ENABLED',
      targetCapacity: 90,
      minimumScalingStepSize: 1,
      maximumScalingStepSize: 10000,
      managedTerminationProtection: 'DISABLED',
    });
  });

  it('attaches providers and a default strategy to a cluster', () => {
    expect(
      dispatched(
        'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers FARGATE cp --default-capacity-provider-strategy capacityProvider=cp,weight=1',
      ),
    ).toEqual({
      type: 'PutClusterCapacityProviders',
      cluster: 'default',
      capacityProviders: ['FARGATE', 'cp'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'cp', base: 0, weight: 1 }],
    });
  });

  it('describes FARGATE and FARGATE_SPOT, which exist in every account', () => {
    expect(JSON.parse(printed('aws ecs describe-capacity-providers'))).toEqual({
      capacityProviders: [
        {
          capacityProviderArn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE',
          name: 'FARGATE',
          status: 'ACTIVE',
          tags: [],
        },
        {
          capacityProviderArn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/FARGATE_SPOT',
          name: 'FARGATE_SPOT',
          status: 'ACTIVE',
          tags: [],
        },
      ],
    });
  });
});

describe('elbv2, autoscaling and application-autoscaling', () => {
  it('creates an ip target group with the ALB defaults', () => {
    expect(
      dispatched(
        'aws elbv2 create-target-group --name web --protocol HTTP --port 80 --vpc-id vpc-0d6f2a1c9e4b73f05 --target-type ip --health-check-path /health',
      ),
    ).toEqual({
      type: 'CreateTargetGroup',
      name: 'web',
      targetType: 'ip',
      port: 80,
      protocol: 'HTTP',
      healthCheckPath: '/health',
      healthCheckIntervalSeconds: 30,
      healthCheckTimeoutSeconds: 5,
      healthyThresholdCount: 5,
      unhealthyThresholdCount: 2,
    });
  });

  it('sets the deregistration delay, and refuses an unknown attribute key', () => {
    const state: EcsState = {
      ...initEcsState(1),
      targetGroups: [
        {
          name: 'web',
          arn: TG,
          targetType: 'ip',
          port: 80,
          protocol: 'HTTP',
          loadBalancerArn: null,
          healthCheck: {
            path: '/',
            intervalSeconds: 30,
            timeoutSeconds: 5,
            healthyThreshold: 5,
            unhealthyThreshold: 2,
          },
          deregistrationDelaySeconds: 300,
          targets: [],
        },
      ],
    };
    expect(
      dispatched(
        `aws elbv2 modify-target-group-attributes --target-group-arn ${TG} --attributes Key=deregistration_delay.timeout_seconds,Value=30`,
        state,
      ),
    ).toEqual({ type: 'ModifyTargetGroupAttributes', targetGroupArn: TG, deregistrationDelaySeconds: 30 });
    expect(
      printed(
        `aws elbv2 modify-target-group-attributes --target-group-arn ${TG} --attributes Key=nope,Value=1`,
        state,
      ),
    ).toBe(
      "An error occurred (ValidationError) when calling the ModifyTargetGroupAttributes operation: Target group attribute key 'nope' is not recognized",
    );
    expect(printed('aws elbv2 describe-target-health --target-group-arn web', state)).toMatch(
      /^An error occurred \(ValidationError\) when calling the DescribeTargetHealth operation: 'web' is not a valid target group ARN/,
    );
  });

  it('creates an Auto Scaling group from a launch template and subnets', () => {
    expect(
      dispatched(
        'aws autoscaling create-auto-scaling-group --auto-scaling-group-name asg --launch-template LaunchTemplateName=ecs,Version=$Latest --min-size 0 --max-size 4 --desired-capacity 2 --vpc-zone-identifier subnet-a,subnet-b',
      ),
    ).toEqual({
      type: 'CreateAutoScalingGroup',
      name: 'asg',
      launchTemplate: 'ecs',
      minSize: 0,
      maxSize: 4,
      desiredCapacity: 2,
      subnetIds: ['subnet-a', 'subnet-b'],
    });
    expect(
      dispatched('aws autoscaling set-desired-capacity --auto-scaling-group-name asg --desired-capacity 3'),
    ).toEqual({
      type: 'SetDesiredCapacity',
      name: 'asg',
      desiredCapacity: 3,
    });
  });

  it('registers a scalable target and a CPU target-tracking policy from shorthand (§5.7)', () => {
    expect(
      dispatched(
        'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 10',
      ),
    ).toEqual({
      type: 'RegisterScalableTarget',
      resourceId: 'service/default/web',
      minCapacity: 1,
      maxCapacity: 10,
    });
    expect(
      dispatched(
        'aws application-autoscaling put-scaling-policy --policy-name cpu75 --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount --policy-type TargetTrackingScaling ' +
          '--target-tracking-scaling-policy-configuration "TargetValue=75.0,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization},ScaleInCooldown=120"',
      ),
    ).toEqual({
      type: 'PutScalingPolicy',
      resourceId: 'service/default/web',
      policyName: 'cpu75',
      targetValue: 75,
      metric: 'ECSServiceAverageCPUUtilization',
      scaleOutCooldown: 300,
      scaleInCooldown: 120,
    });
  });
});
