import type { AwsService, Operation } from './operation';
import { APPLICATION_AUTOSCALING_OPERATIONS } from './services/application-autoscaling';
import { AUTOSCALING_OPERATIONS } from './services/autoscaling';
import { EC2_INSTANCE_OPERATIONS } from './services/ec2-instances';
import { EC2_NETWORK_OPERATIONS } from './services/ec2-network';
import { EC2_GATEWAY_OPERATIONS } from './services/ec2-gateways';
import { EC2_VPC_OPERATIONS } from './services/ec2-vpc';
import { CAPACITY_PROVIDER_OPERATIONS } from './services/ecs-capacity-providers';
import { CLUSTER_OPERATIONS } from './services/ecs-clusters';
import { CONTAINER_INSTANCE_OPERATIONS } from './services/ecs-container-instances';
import { SERVICE_OPERATIONS } from './services/ecs-services';
import { TASK_DEFINITION_OPERATIONS } from './services/ecs-task-definitions';
import { TASK_OPERATIONS } from './services/ecs-tasks';
import { ELBV2_OPERATIONS } from './services/elbv2';
import { IAM_OPERATIONS } from './services/iam';
import { LOGS_OPERATIONS } from './services/logs';
import { SSM_OPERATIONS } from './services/ssm';

/** Every `aws SERVICE OPERATION` this console simulates, in the order `aws help` lists them. */
export const AWS_SERVICES: readonly AwsService[] = [
  {
    name: 'ecs',
    operations: [
      ...CLUSTER_OPERATIONS,
      ...TASK_DEFINITION_OPERATIONS,
      ...TASK_OPERATIONS,
      ...SERVICE_OPERATIONS,
      ...CONTAINER_INSTANCE_OPERATIONS,
      ...CAPACITY_PROVIDER_OPERATIONS,
    ],
  },
  {
    name: 'ec2',
    operations: [...EC2_INSTANCE_OPERATIONS, ...EC2_NETWORK_OPERATIONS, ...EC2_VPC_OPERATIONS, ...EC2_GATEWAY_OPERATIONS],
  },
  { name: 'ssm', operations: SSM_OPERATIONS },
  { name: 'iam', operations: IAM_OPERATIONS },
  { name: 'logs', operations: LOGS_OPERATIONS },
  { name: 'elbv2', operations: ELBV2_OPERATIONS },
  { name: 'autoscaling', operations: AUTOSCALING_OPERATIONS },
  { name: 'application-autoscaling', operations: APPLICATION_AUTOSCALING_OPERATIONS },
];

export const SERVICE_NAMES: readonly string[] = AWS_SERVICES.map((service) => service.name);

export function findAwsService(name: string): AwsService | undefined {
  return AWS_SERVICES.find((service) => service.name === name);
}

export function findOperation(service: AwsService, name: string): Operation | undefined {
  return service.operations.find((operation) => operation.name === name);
}

/** Real AWS CLI services this console does not simulate (answered with a plain note, not "Invalid choice"). */
export const OTHER_REAL_SERVICES: readonly string[] = [
  's3',
  's3api',
  'sts',
  'ecr',
  'ecr-public',
  'eks',
  'lambda',
  'cloudformation',
  'cloudwatch',
  'events',
  'secretsmanager',
  'kms',
  'rds',
  'dynamodb',
  'sqs',
  'sns',
  'route53',
  'servicediscovery',
  'apprunner',
  'configure',
  'elb',
  'sso',
];

/** Real operations of the simulated services that this console does not simulate. */
export const OTHER_REAL_OPERATIONS: Readonly<Record<string, readonly string[]>> = {
  ecs: [
    'wait',
    'start-task',
    'execute-command',
    'put-attributes',
    'list-attributes',
    'delete-attributes',
    'tag-resource',
    'untag-resource',
    'list-tags-for-resource',
    'update-cluster',
    'update-cluster-settings',
    'update-capacity-provider',
    'delete-capacity-provider',
    'delete-task-definitions',
    'register-container-instance',
    'update-container-agent',
    'list-account-settings',
    'put-account-setting',
    'put-account-setting-default',
    'create-task-set',
    'describe-task-sets',
    'list-service-deployments',
    'describe-service-deployments',
    'get-task-protection',
    'update-task-protection',
  ],
  ec2: [
    'describe-images',
    'describe-vpcs',
    'describe-security-groups',
    'create-security-group',
    'authorize-security-group-ingress',
    'describe-launch-templates',
    'describe-availability-zones',
    'reboot-instances',
    'wait',
    'create-vpc',
    'create-internet-gateway',
    'describe-internet-gateways',
    'delete-subnet',
    'delete-route-table',
    'delete-route',
    'replace-route',
    'replace-route-table-association',
    'disassociate-route-table',
    'describe-addresses',
    'release-address',
    'delete-nat-gateway',
    'modify-vpc-endpoint',
    'delete-vpc-endpoints',
  ],
  iam: [
    'create-role',
    'delete-role',
    'create-instance-profile',
    'add-role-to-instance-profile',
    'put-role-policy',
  ],
  logs: ['delete-log-group', 'filter-log-events', 'put-retention-policy'],
  elbv2: [
    'create-load-balancer',
    'create-listener',
    'register-targets',
    'deregister-targets',
    'describe-listeners',
  ],
  autoscaling: [
    'update-auto-scaling-group',
    'delete-auto-scaling-group',
    'terminate-instance-in-auto-scaling-group',
  ],
  'application-autoscaling': [
    'deregister-scalable-target',
    'delete-scaling-policy',
    'describe-scaling-activities',
  ],
  ssm: ['put-parameter', 'get-parameters-by-path', 'send-command', 'start-session'],
};
