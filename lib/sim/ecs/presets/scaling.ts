import type { Preset } from '../../core/types';
import { encodeBase64UserData } from '../../../cli/aws/input/user-data';
import {
  CREATE_DEFAULT_CLUSTER,
  ECS_AMI_PARAMETER,
  SUBNET,
  createLogGroup,
  registerTaskDefinition,
  webDefinition,
} from './lines';

const LAUNCH_TEMPLATE_DATA = JSON.stringify({
  ImageId: ECS_AMI_PARAMETER,
  InstanceType: 'm5.large',
  IamInstanceProfile: { Name: 'ecsInstanceRole' },
  UserData: encodeBase64UserData('#!/bin/bash\necho ECS_CLUSTER=default >> /etc/ecs/ecs.config\n'),
});

const SUBNETS = Object.values(SUBNET).join(',');

export const SCALING_PRESETS: readonly Preset[] = [
  {
    id: 'capacity-provider',
    title: 'A service that scales, on instances that follow',
    description:
      'The web service (2 tasks of 0.5 vCPU and 1 GiB) runs on an Auto Scaling group of m5.large instances behind a capacity provider with managed scaling (target capacity 100 %) and managed termination protection. Service Auto Scaling keeps its CPU near 50 %, between 2 and 12 tasks. One instance runs now; send load with load web 600.',
    seed: 41,
    setup: [
      CREATE_DEFAULT_CLUSTER,
      createLogGroup('/ecs/web'),
      `aws ec2 create-launch-template --launch-template-name ecs-m5 --launch-template-data '${LAUNCH_TEMPLATE_DATA}'`,
      `aws autoscaling create-auto-scaling-group --auto-scaling-group-name ecs-m5 --launch-template LaunchTemplateName=ecs-m5 --min-size 1 --max-size 6 --desired-capacity 1 --vpc-zone-identifier "${SUBNETS}" --new-instances-protected-from-scale-in`,
      'aws ecs create-capacity-provider --name web-capacity --auto-scaling-group-provider "autoScalingGroupArn={auto-scaling-group:ecs-m5},managedScaling={status=ENABLED,targetCapacity=100},managedTerminationProtection=ENABLED"',
      'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers web-capacity --default-capacity-provider-strategy capacityProvider=web-capacity,weight=1',
      registerTaskDefinition(webDefinition({ tag: '1.5.0', cpu: 512, memory: 1024 })),
      'sleep 90',
      'aws ecs create-service --cluster default --service-name web --task-definition web:1 --desired-count 2',
      'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 12',
      'aws application-autoscaling put-scaling-policy --policy-name cpu50 --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=50,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}"',
      'load web 100',
    ],
    startAt: 300_000,
  },
];
