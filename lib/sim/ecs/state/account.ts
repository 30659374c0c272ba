/** The account: network, IAM and EC2 instances (reference §1). Part of the ECS state (../types.ts). */

export type LaunchType = 'EC2' | 'FARGATE';
export type NetworkMode = 'bridge' | 'host' | 'awsvpc' | 'none';
export type Compatibility = 'EC2' | 'FARGATE' | 'EXTERNAL';

// ---------------------------------------------------------------- network and identity

export interface Subnet {
  readonly id: string;
  readonly az: string;
  readonly cidr: string;
  readonly vpcId: string;
  /** False while Dockyard's `chaos fail-az` has taken its Availability Zone down. */
  readonly available: boolean;
  /**
   * False for a subnet made with CreateSubnet (absent: one of the default VPC's default subnets,
   * which map a public IPv4 address on launch; new subnets do not).
   */
  readonly defaultForAz?: false;
}

/** An IAM role with the managed policies attached to it (the simulator checks policies by name). */
export interface IamRole {
  readonly name: string;
  /** The service that may assume it: `ec2.amazonaws.com` or `ecs-tasks.amazonaws.com`. */
  readonly trustedService: string;
  readonly policies: readonly string[];
  /** Instance profiles share their role's name here (as the console creates them). */
  readonly instanceProfile: boolean;
}

// ---------------------------------------------------------------- EC2

export type Ec2StateName = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated';

/** What the ECS agent on an instance is doing. */
export type AgentPhase =
  /** No agent (not an ECS-optimized AMI) or the instance is not running. */
  | 'none'
  /** The OS is booting; the agent starts at `nextAt`. */
  | 'starting'
  /** Registered and connected. */
  | 'connected'
  /** Registration was refused (missing instance role, unknown cluster…); `agentError` says why. */
  | 'failed'
  /** Registered, but the agent lost its connection (instance stopped, AZ down, `chaos`). */
  | 'disconnected';

export interface Ec2Instance {
  readonly id: string;
  readonly reservationId: string;
  readonly instanceType: string;
  readonly imageId: string;
  readonly launchIndex: number;
  readonly subnetId: string;
  readonly az: string;
  readonly privateIp: string;
  readonly launchedAt: number;
  readonly state: Ec2StateName;
  readonly stateReason: string;
  /** Instance profile name, or null when launched without one. */
  readonly instanceProfile: string | null;
  /** The cluster the user data names (`ECS_CLUSTER=…`); `default` when it names none. */
  readonly ecsCluster: string;
  /** Extra agent settings read from user data (`ECS_RESERVED_MEMORY`, `ECS_INSTANCE_ATTRIBUTES`). */
  readonly reservedMemoryMiB: number;
  readonly customAttributes: Readonly<Record<string, string>>;
  readonly agent: AgentPhase;
  readonly agentError: string | null;
  /** The Auto Scaling group that launched it, if any. */
  readonly autoScalingGroup: string | null;
  /** Next scheduled change of this instance (boot step, agent start, stop/terminate end), or null. */
  readonly nextAt: number | null;
}
