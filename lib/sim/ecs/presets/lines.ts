import { DEFAULT_SUBNETS, ECR_REGISTRY, roleArn } from '../catalog';

/**
 * Building blocks for preset setup lines: each returns a console line exactly as a learner would
 * type it (the browser runs presets as if typed), so a preset reads like a shell history.
 */

export const ECS_AMI_PARAMETER =
  'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

/** The default VPC's subnets by Availability Zone letter. */
export const SUBNET = {
  a: DEFAULT_SUBNETS[0].id,
  b: DEFAULT_SUBNETS[1].id,
  c: DEFAULT_SUBNETS[2].id,
} as const;

export type AzLetter = keyof typeof SUBNET;

export const ALL_SUBNETS = `[${SUBNET.a},${SUBNET.b},${SUBNET.c}]`;

/**
 * The target group `web-tg` a preset creates. Its ARN ends in an id from the seeded PRNG, so the
 * lines name it by placeholder, filled in as each line runs (lib/sim/ecs/line-placeholders.ts):
 * the preset works at any seed.
 */
export const WEB_TARGET_GROUP = '{target-group:web-tg}';

export const CREATE_DEFAULT_CLUSTER = 'aws ecs create-cluster --cluster-name default';

/** Instances boot and their agents register within about a minute and a half. */
export const WAIT_FOR_AGENTS = 'sleep 90';

const JOIN_DEFAULT = '"echo ECS_CLUSTER=default >> /etc/ecs/ecs.config"';

export interface LaunchOptions {
  readonly type?: string;
  readonly count?: number;
  /** Instance profile name; `ecsInstanceRole` unless given. */
  readonly profile?: string;
}

/** `aws ec2 run-instances` of the ECS-optimized AMI in one subnet, joining `default`. */
export function runInstances(
  az: AzLetter,
  { type = 'm5.large', count = 1, profile = 'ecsInstanceRole' }: LaunchOptions = {},
): string {
  const countOption = count === 1 ? '' : ` --count ${count}`;
  return `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type ${type}${countOption} --iam-instance-profile Name=${profile} --subnet-id ${SUBNET[az]} --user-data ${JOIN_DEFAULT}`;
}

/** One instance per Availability Zone (the `three-instances` layout). */
export function instancePerAz(options: LaunchOptions = {}): string[] {
  return (['a', 'b', 'c'] as const).map((az) => runInstances(az, options));
}

export function createLogGroup(name: string): string {
  return `aws logs create-log-group --log-group-name ${name}`;
}

/** A target group for the account's ALB; `instance` targets suit bridge tasks with dynamic host ports. */
export function createTargetGroup(
  name: string,
  targetType: 'instance' | 'ip' = 'instance',
  port = 8080,
): string {
  return `aws elbv2 create-target-group --name ${name} --protocol HTTP --port ${port} --vpc-id vpc-0d6f2a1c9e4b73f05 --target-type ${targetType} --health-check-path /health --health-check-interval-seconds 10 --healthy-threshold-count 2 --unhealthy-threshold-count 2`;
}

/** Shortens draining from the default 300 s so lessons do not wait five minutes per task. */
export function shortDeregistrationDelay(targetGroupArn: string): string {
  return `aws elbv2 modify-target-group-attributes --target-group-arn ${targetGroupArn} --attributes Key=deregistration_delay.timeout_seconds,Value=30`;
}

/** `aws ecs register-task-definition --cli-input-json '{…}'` with the definition inline. */
export function registerTaskDefinition(definition: Readonly<Record<string, unknown>>): string {
  const json = JSON.stringify(definition);
  if (json.includes("'")) throw new Error('a preset task definition cannot contain a single quote');
  return `aws ecs register-task-definition --cli-input-json '${json}'`;
}

export function awslogs(group: string): Record<string, unknown> {
  return {
    logDriver: 'awslogs',
    options: { 'awslogs-group': group, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' },
  };
}

export const EXECUTION_ROLE_ARN = roleArn('ecsTaskExecutionRole');

export function privateImage(repository: string, tag: string): string {
  return `${ECR_REGISTRY}/${repository}:${tag}`;
}

export interface WebDefinitionOptions {
  /** `web` image tag from images.ts. */
  readonly tag: string;
  /** Host port in bridge mode: 0 (dynamic, the default) or a static port. */
  readonly hostPort?: number;
  readonly memory?: number;
  readonly cpu?: number;
  readonly environment?: readonly { readonly name: string; readonly value: string }[];
  readonly logGroup?: string;
}

/** The course's `web` app (listens on 8080) as an EC2 task definition in bridge mode. */
export function webDefinition({
  tag,
  hostPort = 0,
  memory = 512,
  cpu = 256,
  environment,
  logGroup = '/ecs/web',
}: WebDefinitionOptions): Record<string, unknown> {
  return {
    family: 'web',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    executionRoleArn: EXECUTION_ROLE_ARN,
    containerDefinitions: [
      {
        name: 'web',
        image: privateImage('web', tag),
        cpu,
        memory,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort }],
        ...(environment === undefined ? {} : { environment }),
        logConfiguration: awslogs(logGroup),
      },
    ],
  };
}

export interface ServiceOptions {
  readonly name?: string;
  readonly taskDefinition: string;
  readonly desiredCount: number;
  /** Target group ARN for the `web` container's port 8080. */
  readonly targetGroupArn?: string;
  readonly circuitBreaker?: boolean;
  readonly extra?: string;
}

/** `aws ecs create-service` on EC2 with the usual 100/200 rolling update settings. */
export function createService({
  name = 'web',
  taskDefinition,
  desiredCount,
  targetGroupArn,
  circuitBreaker = false,
  extra = '',
}: ServiceOptions): string {
  const loadBalancer =
    targetGroupArn === undefined
      ? ''
      : ` --load-balancers targetGroupArn=${targetGroupArn},containerName=web,containerPort=8080`;
  const breaker = circuitBreaker ? 'deploymentCircuitBreaker={enable=true,rollback=true},' : '';
  return `aws ecs create-service --cluster default --service-name ${name} --task-definition ${taskDefinition} --desired-count ${desiredCount} --launch-type EC2${loadBalancer} --deployment-configuration "${breaker}minimumHealthyPercent=100,maximumPercent=200"${extra}`;
}
