/**
 * The simulated AWS account: its Region, default VPC, instance types, AMIs, IAM roles and managed
 * policies. Figures follow shared/reference/aws-containers.md; ids are invented but shaped like
 * the real ones (the account id is the documentation account, 123456789012).
 */

export const ACCOUNT_ID = '123456789012';
export const REGION = 'us-east-1';
export const VPC_ID = 'vpc-0d6f2a1c9e4b73f05';

/**
 * The default VPC's default subnets. A real default VPC in us-east-1 has one per Availability
 * Zone (six); this account keeps three, which is what the lessons and pictures need.
 */
export const DEFAULT_SUBNETS = [
  { id: 'subnet-0a1b2c3d4e5f60718', az: 'us-east-1a', cidr: '172.31.0.0/20', ipBase: '172.31.' , ipOffset: 0 },
  { id: 'subnet-0b2c3d4e5f6071829', az: 'us-east-1b', cidr: '172.31.16.0/20', ipBase: '172.31.', ipOffset: 16 },
  { id: 'subnet-0c3d4e5f607182930', az: 'us-east-1c', cidr: '172.31.32.0/20', ipBase: '172.31.', ipOffset: 32 },
] as const;

export const DEFAULT_SECURITY_GROUP = 'sg-0f1e2d3c4b5a69788';

export interface InstanceTypeSpec {
  readonly name: string;
  readonly vcpu: number;
  /** Nominal memory, GiB. */
  readonly memoryGiB: number;
  /** Maximum network interfaces; awsvpc tasks get all but the primary one (no ENI trunking). */
  readonly maxEnis: number;
  readonly architecture: 'x86_64' | 'arm64';
}

/** vCPUs, memory and network interfaces as AWS lists them for each type. */
export const INSTANCE_TYPES: readonly InstanceTypeSpec[] = [
  { name: 't3.micro', vcpu: 2, memoryGiB: 1, maxEnis: 2, architecture: 'x86_64' },
  { name: 't3.small', vcpu: 2, memoryGiB: 2, maxEnis: 3, architecture: 'x86_64' },
  { name: 't3.medium', vcpu: 2, memoryGiB: 4, maxEnis: 3, architecture: 'x86_64' },
  { name: 't3.large', vcpu: 2, memoryGiB: 8, maxEnis: 3, architecture: 'x86_64' },
  { name: 'm4.large', vcpu: 2, memoryGiB: 8, maxEnis: 2, architecture: 'x86_64' },
  { name: 'm5.large', vcpu: 2, memoryGiB: 8, maxEnis: 3, architecture: 'x86_64' },
  { name: 'm5.xlarge', vcpu: 4, memoryGiB: 16, maxEnis: 4, architecture: 'x86_64' },
  { name: 'm5.2xlarge', vcpu: 8, memoryGiB: 32, maxEnis: 4, architecture: 'x86_64' },
  { name: 'm5.4xlarge', vcpu: 16, memoryGiB: 64, maxEnis: 8, architecture: 'x86_64' },
  { name: 'c5.large', vcpu: 2, memoryGiB: 4, maxEnis: 3, architecture: 'x86_64' },
  { name: 'c5.xlarge', vcpu: 4, memoryGiB: 8, maxEnis: 4, architecture: 'x86_64' },
  { name: 'r5.large', vcpu: 2, memoryGiB: 16, maxEnis: 3, architecture: 'x86_64' },
  { name: 'm6g.large', vcpu: 2, memoryGiB: 8, maxEnis: 3, architecture: 'arm64' },
  { name: 'c6g.large', vcpu: 2, memoryGiB: 4, maxEnis: 3, architecture: 'arm64' },
];

export function instanceTypeSpec(name: string): InstanceTypeSpec | undefined {
  return INSTANCE_TYPES.find((type) => type.name === name);
}

/**
 * The memory the ECS agent registers: what the OS reports, always below the nominal figure
 * (§1.3). Calibrated on the documented m4.large figure (8 GiB nominal → 7985 MiB registered).
 */
export function registeredMemoryMiB(spec: InstanceTypeSpec): number {
  return Math.floor(spec.memoryGiB * 1024 * (7985 / 8192));
}

/** ECS_RESERVED_PORTS default on Linux, from the agent README (§1.3). */
export const DEFAULT_RESERVED_PORTS = [22, 2375, 2376, 51678, 51679] as const;

/** The ECS agent version the simulated AMI ships. */
export const AGENT_VERSION = '1.89.2';
export const DOCKER_VERSION = '25.0.8';

export interface AmiSpec {
  readonly id: string;
  readonly name: string;
  readonly architecture: 'x86_64' | 'arm64';
  /** True for the ECS-optimized AMIs: the agent is installed and starts at boot. */
  readonly ecsAgent: boolean;
}

export const AMIS: readonly AmiSpec[] = [
  { id: 'ami-0c5ee9a4b1f2d3e48', name: 'al2023-ami-ecs-hvm-2023.0.20251104-kernel-6.1-x86_64', architecture: 'x86_64', ecsAgent: true },
  { id: 'ami-0e7b3d1c9f5a24b61', name: 'al2023-ami-ecs-hvm-2023.0.20251104-kernel-6.1-arm64', architecture: 'arm64', ecsAgent: true },
  { id: 'ami-0453ec754f44f9a4a', name: 'al2023-ami-2023.9.20251105.0-kernel-6.1-x86_64', architecture: 'x86_64', ecsAgent: false },
];

/** SSM public parameters, as `aws ssm get-parameters` finds them. */
export const SSM_PARAMETERS: Readonly<Record<string, string>> = {
  '/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id': 'ami-0c5ee9a4b1f2d3e48',
  '/aws/service/ecs/optimized-ami/amazon-linux-2023/arm64/recommended/image_id': 'ami-0e7b3d1c9f5a24b61',
  '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64': 'ami-0453ec754f44f9a4a',
};

export function amiSpec(id: string): AmiSpec | undefined {
  return AMIS.find((ami) => ami.id === id);
}

// ---------------------------------------------------------------- IAM

/** The managed policies the simulator knows, and the actions that matter to ECS in each. */
export const MANAGED_POLICIES: Readonly<Record<string, readonly string[]>> = {
  AmazonEC2ContainerServiceforEC2Role: [
    'ecs:RegisterContainerInstance',
    'ecs:DeregisterContainerInstance',
    'ecs:DiscoverPollEndpoint',
    'ecs:Poll',
    'ecs:StartTelemetrySession',
    'ecs:Submit*',
    'ecs:CreateCluster',
    'ecr:GetAuthorizationToken',
    'ecr:BatchGetImage',
    'ecr:GetDownloadUrlForLayer',
    'logs:CreateLogStream',
    'logs:PutLogEvents',
  ],
  AmazonECSTaskExecutionRolePolicy: [
    'ecr:GetAuthorizationToken',
    'ecr:BatchCheckLayerAvailability',
    'ecr:GetDownloadUrlForLayer',
    'ecr:BatchGetImage',
    'logs:CreateLogStream',
    'logs:PutLogEvents',
  ],
  AmazonSSMManagedInstanceCore: ['ssm:UpdateInstanceInformation', 'ssmmessages:CreateControlChannel'],
  AmazonS3ReadOnlyAccess: ['s3:Get*', 's3:List*'],
  SecretsManagerReadWrite: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
  CloudWatchLogsFullAccess: ['logs:*'],
};

export function policyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${name === 'AmazonEC2ContainerServiceforEC2Role' || name === 'AmazonECSTaskExecutionRolePolicy' ? 'service-role/' : ''}${name}`;
}

/** True when the policy list grants the action (`ecs:Submit*` style wildcards included). */
export function policiesAllow(policies: readonly string[], action: string): boolean {
  return policies.some((policy) =>
    (MANAGED_POLICIES[policy] ?? []).some((granted) =>
      granted.endsWith('*') ? action.startsWith(granted.slice(0, -1)) : granted === action,
    ),
  );
}

/** The roles the account starts with (the ones the ECS console creates, plus two for the lessons). */
export const INITIAL_ROLES = [
  { name: 'ecsInstanceRole', trustedService: 'ec2.amazonaws.com', policies: ['AmazonEC2ContainerServiceforEC2Role'], instanceProfile: true },
  { name: 'ssmOnlyInstanceRole', trustedService: 'ec2.amazonaws.com', policies: ['AmazonSSMManagedInstanceCore'], instanceProfile: true },
  { name: 'ecsTaskExecutionRole', trustedService: 'ecs-tasks.amazonaws.com', policies: ['AmazonECSTaskExecutionRolePolicy'], instanceProfile: false },
  { name: 'photoApiTaskRole', trustedService: 'ecs-tasks.amazonaws.com', policies: [], instanceProfile: false },
] as const;

export function roleArn(name: string): string {
  return `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
}

/** The role name in `arn:aws:iam::ACCOUNT:role/NAME` (or a bare name), or null. */
export function roleNameFromArn(arnOrName: string): string | null {
  const match = /^arn:aws:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/.exec(arnOrName);
  if (match) return match[1] ?? null;
  return /^[\w+=,.@-]+$/.test(arnOrName) ? arnOrName : null;
}

/** The account's private ECR registry host. */
export const ECR_REGISTRY = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com`;

export function arn(service: string, resource: string): string {
  return `arn:aws:${service}:${REGION}:${ACCOUNT_ID}:${resource}`;
}
