import type { Preset } from '../core/types';

const ECS_AMI_PARAMETER = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

/** One m5.large per Availability Zone, launched the way the lessons show it, registered into `default`. */
function instancePerAz(): string[] {
  return ['subnet-0a1b2c3d4e5f60718', 'subnet-0b2c3d4e5f6071829', 'subnet-0c3d4e5f607182930'].map(
    (subnet) =>
      `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type m5.large --iam-instance-profile Name=ecsInstanceRole --subnet-id ${subnet} --user-data "echo ECS_CLUSTER=default >> /etc/ecs/ecs.config"`,
  );
}

/**
 * Starting points for the ECS simulator, each a seed plus console lines (core/types.ts Preset), so
 * the same lines typed by hand reach the same state.
 */
export const ECS_PRESETS: readonly Preset[] = [
  {
    id: 'empty-account',
    title: 'An empty account',
    description:
      'The default VPC with three subnets (one per Availability Zone), the usual ECS IAM roles and a load balancer; no cluster, no instances.',
    seed: 11,
    setup: [],
  },
  {
    id: 'three-instances',
    title: 'A cluster across three Availability Zones',
    description:
      'The default cluster with one m5.large container instance in each Availability Zone, registered by its ECS agent, and a log group for the web app.',
    seed: 12,
    setup: ['aws ecs create-cluster --cluster-name default', ...instancePerAz(), 'aws logs create-log-group --log-group-name /ecs/web'],
    startAt: 120_000,
  },
];
