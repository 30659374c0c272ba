import type { EcrState } from '../ecr/types';
import type { BaseState } from '../core/types';
import type { Candidate, PlacementRequest } from './placement';

/**
 * The state of the Amazon ECS simulator: one account in one Region with its default VPC, IAM roles,
 * EC2 instances, ECS clusters, task definitions, tasks and services, an Application Load Balancer's
 * target groups, CloudWatch log groups and Application Auto Scaling targets.
 *
 * Plain serialisable data only (core/types.ts). Timestamps are simulated ms since start. The
 * behaviour follows shared/reference/aws-containers.md; each module cites the section it implements.
 */
import type { Ec2Instance, IamRole, Subnet } from './state/account';
import type { Cluster, ContainerInstance } from './state/cluster';
import type { RetiredFargateUsage } from './state/fargate';
import type { VpcNetwork } from './state/network';
import type {
  AutoScalingGroup,
  CapacityProvider,
  LaunchTemplate,
  LoadBalancer,
  LogEvent,
  ScalableTarget,
  TargetGroup,
} from './state/infrastructure';
import type { Service } from './state/service';
import type { Task } from './state/task';
import type { TaskDefinition } from './state/task-definition';

export type * from './state/account';
export type * from './state/cluster';
export type * from './state/task-definition';
export type * from './state/task';
export type * from './state/service';
export type * from './state/infrastructure';
export type * from './state/fargate';
export type * from './state/network';

// ---------------------------------------------------------------- the last placement

/**
 * The most recent placement decision (RunTask, a service, a task that waited for capacity): the
 * request and the instances as they were just before, so "Why this host?" can explain it on
 * demand (placement/explainPlacement) without anything stored per task.
 */
export interface PlacementRecord {
  readonly at: number;
  readonly cluster: string;
  readonly request: PlacementRequest;
  readonly candidates: readonly Candidate[];
  /** The PRNG state placement started from (it breaks ties). */
  readonly rngBefore: number;
  /** Container instance ids, one per placed task. */
  readonly placed: readonly string[];
}

// ---------------------------------------------------------------- the whole state

export interface EcsState extends BaseState {
  readonly subnets: readonly Subnet[];
  /** Route tables, NAT gateways and VPC endpoints (absent: the default VPC as AWS creates it). */
  readonly vpc?: VpcNetwork;
  readonly roles: readonly IamRole[];
  readonly instances: readonly Ec2Instance[];
  readonly clusters: readonly Cluster[];
  readonly containerInstances: readonly ContainerInstance[];
  readonly taskDefinitions: readonly TaskDefinition[];
  /** Tasks that have not stopped, then stopped ones (kept for an hour so describe-tasks finds them). */
  readonly tasks: readonly Task[];
  readonly services: readonly Service[];
  readonly loadBalancers: readonly LoadBalancer[];
  readonly targetGroups: readonly TargetGroup[];
  readonly logGroups: readonly string[];
  /** The most recent log events, oldest first (bounded). */
  readonly logs: readonly LogEvent[];
  readonly scalableTargets: readonly ScalableTarget[];
  readonly launchTemplates: readonly LaunchTemplate[];
  readonly autoScalingGroups: readonly AutoScalingGroup[];
  readonly capacityProviders: readonly CapacityProvider[];
  /** Counter for sequential ids (event ids, IPs). */
  readonly serial: number;
  readonly lastPlacement: PlacementRecord | null;
  /**
   * False while Dockyard's `chaos spot-capacity off` leaves Fargate Spot without spare capacity
   * (absent: available, as in a fresh account).
   */
  readonly fargateSpotAvailable?: boolean;
  /** The Fargate charges of tasks no longer in `tasks` (absent: none yet). */
  readonly retiredFargateUsage?: RetiredFargateUsage;
  /**
   * The account's ECR registry and the learner's laptop, changed by `docker` and `aws ecr`
   * (absent: the catalogue's repositories and an empty laptop; registry/registry-part.ts).
   */
  readonly ecr?: Omit<EcrState, 'now' | 'seed' | 'rng'>;
}
