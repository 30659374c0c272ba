/** Services and their deployments (reference §5). Part of the ECS state (../types.ts). */
import type { LaunchType } from './account';
import type { CapacityProviderStrategyItem } from './cluster';
import type { PlacementConstraint, PlacementStrategy } from './task-definition';

export interface Deployment {
  /** `ecs-svc/` and 19 digits. */
  readonly id: string;
  readonly status: 'PRIMARY' | 'ACTIVE' | 'INACTIVE';
  readonly taskDefinitionArn: string;
  readonly desiredCount: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly failedTasks: number;
  readonly rolloutState: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED';
  readonly rolloutStateReason: string;
  /** True once a task of this deployment reached RUNNING (circuit breaker stage 2, §5.4). */
  readonly reachedRunning: boolean;
  /** Fargate: the platform version this deployment asked for (`LATEST` or a version, §6). */
  readonly platformVersion?: string;
}

export interface LoadBalancerLink {
  readonly targetGroupArn: string;
  readonly containerName: string;
  readonly containerPort: number;
}

export interface AwsVpcConfiguration {
  readonly subnets: readonly string[];
  readonly securityGroups: readonly string[];
  readonly assignPublicIp: 'ENABLED' | 'DISABLED';
}

export interface DeploymentConfiguration {
  readonly minimumHealthyPercent: number;
  readonly maximumPercent: number;
  readonly circuitBreaker: { readonly enable: boolean; readonly rollback: boolean };
}

export interface ServiceEvent {
  readonly id: string;
  readonly createdAt: number;
  readonly message: string;
}

export interface Service {
  readonly name: string;
  readonly arn: string;
  readonly cluster: string;
  readonly status: 'ACTIVE' | 'DRAINING' | 'INACTIVE';
  readonly schedulingStrategy: 'REPLICA' | 'DAEMON';
  readonly launchType: LaunchType | null;
  readonly capacityProviderStrategy: readonly CapacityProviderStrategyItem[];
  readonly desiredCount: number;
  readonly taskDefinitionArn: string;
  readonly deployments: readonly Deployment[];
  readonly deploymentConfiguration: DeploymentConfiguration;
  readonly placementStrategy: readonly PlacementStrategy[];
  readonly placementConstraints: readonly PlacementConstraint[];
  readonly networkConfiguration: AwsVpcConfiguration | null;
  readonly loadBalancers: readonly LoadBalancerLink[];
  readonly healthCheckGracePeriodSeconds: number;
  /** Most recent first, at most 100 (§4.4). */
  readonly events: readonly ServiceEvent[];
  readonly createdAt: number;
  /** Requests per second sent to the service by Dockyard's `load` command. */
  readonly loadRps: number;
  /** Average CPU utilisation (%) over the last whole minute, as CloudWatch would report it. */
  readonly cpuUtilization: readonly { readonly at: number; readonly percent: number }[];
  /** When the scheduler may next try to start tasks (throttle after failures to start, §5.1). */
  readonly retryAt: number;
  /** Consecutive tasks that stopped before reaching RUNNING (drives the throttle). */
  readonly startFailures: number;
  /** Last "unable to place" reason posted, so repeated events are suppressed (§4.4). */
  readonly lastPlacementProblem: string | null;
  /**
   * §5.8: CreateService sets it (ENABLED by default when the service is compatible); a service
   * that never had one counts as DISABLED.
   */
  readonly availabilityZoneRebalancing?: 'ENABLED' | 'DISABLED';
  /**
   * §5.8: an AZ rebalancing in progress (absent or null when none): the task started in the short
   * AZ that must become healthy before one in the crowded AZ stops, or null between steps.
   */
  readonly rebalancing?: { readonly taskId: string | null } | null;
  /**
   * Fargate: the platform version asked for (`LATEST` unless one was given, §6); tasks start on it
   * resolved. Changing it starts a new deployment (§5.3). Absent on EC2 services.
   */
  readonly platformVersion?: string;
  /** DeleteService (§5.1): when the service turned DRAINING; it turns INACTIVE only after it. */
  readonly deletedAt?: number;
}
