import type { AwsService, Operation } from './operation';
import { AWS_SERVICES } from './service-table';

/**
 * `aws help`, `aws SERVICE help` and `aws SERVICE OPERATION help`. The real CLI opens a manual page;
 * this console prints what it simulates instead, which is Dockyard's own text.
 */

const TITLES: Readonly<Record<string, string>> = {
  ecs: 'Amazon Elastic Container Service',
  ec2: 'Amazon EC2: instances, subnets, launch templates',
  ssm: 'AWS Systems Manager public parameters (the ECS-optimized AMI)',
  iam: 'AWS Identity and Access Management: roles and their policies',
  logs: 'Amazon CloudWatch Logs',
  elbv2: 'Elastic Load Balancing: the load balancer and its target groups',
  autoscaling: 'Amazon EC2 Auto Scaling groups',
  'application-autoscaling': 'Service Auto Scaling for ECS services',
};

export function awsHelp(): string {
  return [
    'Dockyard simulates these AWS CLI services (aws SERVICE help lists their operations):',
    '',
    ...AWS_SERVICES.map((service) => `  ${service.name.padEnd(26)}${TITLES[service.name] ?? ''}`),
    '',
    'Global options: --output json (the only format shown here), --region us-east-1.',
  ].join('\n');
}

export function serviceHelp(service: AwsService): string {
  const width = Math.max(...service.operations.map((operation) => operation.name.length)) + 3;
  return [
    `aws ${service.name}: the operations Dockyard simulates (aws ${service.name} OPERATION help for its options)`,
    '',
    ...service.operations.map((operation) => `  ${operation.name.padEnd(width)}${operation.summary}`),
  ].join('\n');
}

/** The synopsis the CLI's manual page shows: required options bare, optional ones in brackets. */
export function operationHelp(service: AwsService, operation: Operation): string {
  const options = operation.params.map((param) => {
    const value = param.kind === 'boolean' ? '' : ' <value>';
    const text =
      param.kind === 'boolean' ? `${param.flag} | --no-${param.flag.slice(2)}` : `${param.flag}${value}`;
    return param.required === true ? text : `[${text}]`;
  });
  const positional = operation.positionals === undefined ? [] : ['group_name <value>'];
  return [
    `aws ${service.name} ${operation.name}: ${operation.summary}`,
    '',
    'Synopsis',
    `  ${operation.name}`,
    ...[...positional, ...options, '[--cli-input-json <value>]'].map((line) => `  ${line}`),
  ].join('\n');
}

/** The `aws` lines of the console's `help`: what the lessons use, each with its purpose. */
export const AWS_PROGRAM_HELP: readonly string[] = [
  'aws ecs create-cluster --cluster-name NAME       create a cluster',
  'aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://FILE   launch container instances',
  'aws ecs list-container-instances / describe-container-instances --container-instances ID   capacity: registered and remaining',
  'aws ecs register-task-definition --cli-input-json file://FILE   register a task definition revision',
  'aws ecs describe-task-definition --task-definition FAMILY   what ECS stored',
  'aws ecs run-task --task-definition FAMILY --count N   start standalone tasks',
  'aws ecs list-tasks / describe-tasks --tasks ID   task status, exit codes, stopped reason',
  'aws ecs stop-task --task ID                      stop a task',
  'aws ecs create-service --service-name NAME --task-definition FAMILY --desired-count N   keep N tasks running',
  'aws ecs update-service --service NAME --desired-count N | --task-definition F   scale or deploy',
  'aws ecs describe-services --services NAME        counts, deployments, events',
  'aws ecs update-container-instances-state --container-instances ID --status DRAINING   drain an instance',
  'aws ecr create-repository | describe-images | get-login-password …   the account\'s registry (help lists docker too)',
  'aws logs tail GROUP --since 10m                  container logs',
  'aws elbv2 describe-target-health --target-group-arn ARN   load balancer targets',
  'aws application-autoscaling register-scalable-target / put-scaling-policy   service auto scaling',
  'aws help, aws SERVICE help                       everything the aws command simulates here',
];

const AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

/** A whole line to copy after a usage error, for the operations that need options. */
const EXAMPLES: Readonly<Record<string, string>> = {
  'ecs delete-cluster': 'aws ecs delete-cluster --cluster NAME',
  'ecs register-task-definition':
    'aws ecs register-task-definition --cli-input-json file://task-definition.json',
  'ecs deregister-task-definition': 'aws ecs deregister-task-definition --task-definition web:1',
  'ecs describe-task-definition': 'aws ecs describe-task-definition --task-definition web',
  'ecs run-task': 'aws ecs run-task --task-definition web --count 1',
  'ecs stop-task': 'aws ecs stop-task --task TASK_ID',
  'ecs describe-tasks': 'aws ecs describe-tasks --tasks TASK_ID',
  'ecs create-service': 'aws ecs create-service --service-name web --task-definition web --desired-count 2',
  'ecs update-service': 'aws ecs update-service --service web --desired-count 3',
  'ecs delete-service': 'aws ecs delete-service --service web --force',
  'ecs describe-services': 'aws ecs describe-services --services web',
  'ecs describe-container-instances': 'aws ecs describe-container-instances --container-instances ID',
  'ecs update-container-instances-state':
    'aws ecs update-container-instances-state --container-instances ID --status DRAINING',
  'ecs deregister-container-instance':
    'aws ecs deregister-container-instance --container-instance ID --force',
  'ecs create-capacity-provider':
    'aws ecs create-capacity-provider --name cp --auto-scaling-group-provider autoScalingGroupArn=ARN,managedScaling={status=ENABLED,targetCapacity=100}',
  'ecs put-cluster-capacity-providers':
    'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers cp --default-capacity-provider-strategy capacityProvider=cp,weight=1',
  'ec2 run-instances': `aws ec2 run-instances --image-id ${AMI} --instance-type t3.medium --iam-instance-profile Name=ecsInstanceRole --user-data file://user-data.sh`,
  'ec2 terminate-instances': 'aws ec2 terminate-instances --instance-ids i-0123456789abcdef0',
  'ssm get-parameters': `aws ssm get-parameters --names ${AMI.slice('resolve:ssm:'.length)}`,
  'iam attach-role-policy':
    'aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
  'iam list-attached-role-policies': 'aws iam list-attached-role-policies --role-name ecsInstanceRole',
  'logs create-log-group': 'aws logs create-log-group --log-group-name /ecs/web',
  'logs get-log-events': 'aws logs get-log-events --log-group-name /ecs/web --log-stream-name STREAM',
  'elbv2 describe-target-health': 'aws elbv2 describe-target-health --target-group-arn ARN',
  'autoscaling set-desired-capacity':
    'aws autoscaling set-desired-capacity --auto-scaling-group-name NAME --desired-capacity 2',
  'application-autoscaling register-scalable-target':
    'aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount --min-capacity 1 --max-capacity 10',
};

export function operationExample(service: string, operation: string): string | undefined {
  return EXAMPLES[`${service} ${operation}`];
}
