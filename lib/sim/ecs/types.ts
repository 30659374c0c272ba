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

// ---------------------------------------------------------------- ECS clusters and container instances

export interface CapacityProviderStrategyItem {
  readonly capacityProvider: string;
  readonly base: number;
  readonly weight: number;
}

export interface Cluster {
  readonly name: string;
  readonly arn: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly createdAt: number;
  readonly capacityProviders: readonly string[];
  readonly defaultCapacityProviderStrategy: readonly CapacityProviderStrategyItem[];
}

export type ContainerInstanceStatus = 'ACTIVE' | 'DRAINING' | 'INACTIVE';

/** Resources as the agent registered them (§1.3). */
export interface RegisteredResources {
  /** CPU units: vCPUs × 1024. */
  readonly cpu: number;
  /** MiB the OS reports, minus ECS_RESERVED_MEMORY: always below the nominal figure. */
  readonly memory: number;
  /** Host ports reserved by default (`ECS_RESERVED_PORTS`). */
  readonly ports: readonly number[];
  /** ENI attachment points for awsvpc tasks (the instance type's ENIs minus the primary one). */
  readonly enis: number;
}

/**
 * What placed tasks have reserved on an instance. Kept up to date as tasks are placed and stop,
 * so placement never scans every task; the invariants recompute it from the tasks.
 */
export interface ReservedResources {
  readonly cpu: number;
  readonly memory: number;
  /** Static host ports (TCP) held by tasks (bridge static ports, host mode ports). */
  readonly ports: readonly number[];
  readonly enis: number;
}

export interface ContainerInstance {
  /** The id part of the ARN (32 hex digits). */
  readonly id: string;
  readonly arn: string;
  readonly cluster: string;
  readonly ec2InstanceId: string;
  readonly status: ContainerInstanceStatus;
  readonly agentConnected: boolean;
  readonly registeredAt: number;
  readonly registered: RegisteredResources;
  readonly reserved: ReservedResources;
  /** Built-in `ecs.*` attributes and custom ones. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Set when it became INACTIVE (describable for 1 hour, §1.4). */
  readonly inactiveAt: number | null;
}

// ---------------------------------------------------------------- task definitions (§2)

export interface PortMapping {
  readonly containerPort: number;
  /** 0 in bridge mode means a dynamic port; awsvpc and host mode make it equal to containerPort. */
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
}

export interface HealthCheck {
  readonly command: readonly string[];
  readonly interval: number;
  readonly timeout: number;
  readonly retries: number;
  readonly startPeriod: number;
}

export interface ContainerDefinition {
  readonly name: string;
  readonly image: string;
  readonly cpu: number;
  /** Hard limit (MiB): the container is killed when it goes over. */
  readonly memory: number | null;
  /** Soft limit (MiB): what placement reserves when set. */
  readonly memoryReservation: number | null;
  readonly essential: boolean;
  readonly portMappings: readonly PortMapping[];
  readonly environment: readonly { readonly name: string; readonly value: string }[];
  readonly secrets: readonly { readonly name: string; readonly valueFrom: string }[];
  readonly command: readonly string[] | null;
  readonly entryPoint: readonly string[] | null;
  readonly dependsOn: readonly {
    readonly containerName: string;
    readonly condition: 'START' | 'COMPLETE' | 'SUCCESS' | 'HEALTHY';
  }[];
  readonly healthCheck: HealthCheck | null;
  readonly logConfiguration: {
    readonly logDriver: string;
    readonly options: Readonly<Record<string, string>>;
  } | null;
  readonly stopTimeout: number | null;
}

export interface PlacementConstraint {
  readonly type: 'distinctInstance' | 'memberOf';
  readonly expression?: string;
}

export interface PlacementStrategy {
  readonly type: 'binpack' | 'spread' | 'random';
  readonly field?: string;
}

export interface TaskDefinition {
  readonly family: string;
  readonly revision: number;
  readonly arn: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly networkMode: NetworkMode;
  readonly requiresCompatibilities: readonly Compatibility[];
  /** The launch types this definition was validated for (EC2 always; FARGATE when it qualifies). */
  readonly compatibilities: readonly Compatibility[];
  /** Task-level CPU units and MiB, normalised from "1 vCPU" / "2 GB" (§2.2), or null when unset. */
  readonly cpu: number | null;
  readonly memory: number | null;
  readonly executionRoleArn: string | null;
  readonly taskRoleArn: string | null;
  readonly runtimePlatform: {
    readonly operatingSystemFamily: string;
    readonly cpuArchitecture: 'X86_64' | 'ARM64';
  } | null;
  readonly placementConstraints: readonly PlacementConstraint[];
  readonly containerDefinitions: readonly ContainerDefinition[];
  readonly registeredAt: number;
  readonly deregisteredAt: number | null;
}

// ---------------------------------------------------------------- tasks (§3)

export type TaskStatus =
  | 'PROVISIONING'
  | 'PENDING'
  | 'ACTIVATING'
  | 'RUNNING'
  | 'DEACTIVATING'
  | 'STOPPING'
  | 'DEPROVISIONING'
  | 'STOPPED';

export type StopCode =
  | 'TaskFailedToStart'
  | 'EssentialContainerExited'
  | 'UserInitiated'
  | 'ServiceSchedulerInitiated'
  | 'SpotInterruption'
  | 'TerminationNotice';

export type HealthStatus = 'HEALTHY' | 'UNHEALTHY' | 'UNKNOWN';

export interface TaskContainer {
  readonly name: string;
  readonly image: string;
  readonly essential: boolean;
  readonly lastStatus: 'PENDING' | 'RUNNING' | 'STOPPED';
  readonly exitCode: number | null;
  readonly reason: string | null;
  readonly health: HealthStatus;
  /** Host ports actually bound (dynamic ports resolved), in portMappings order. */
  readonly hostPorts: readonly number[];
  /** Simulated memory in use (MiB) when it started; leaking apps grow from here. */
  readonly memoryUsedMiB: number;
  readonly startedAt: number | null;
  /**
   * What will happen to it, decided when the task starts (the software's behaviour is
   * deterministic): when it starts (after its dependencies), exits, and changes health.
   */
  readonly plan: ContainerPlan;
}

export interface ContainerPlan {
  /** When it starts (null: never, e.g. a dependency failed). */
  readonly startAt: number | null;
  readonly exit: {
    readonly at: number;
    readonly exitCode: number;
    /** ECS's container `reason`, e.g. `OutOfMemoryError: Container killed due to memory usage`. */
    readonly reason: string | null;
    /** What the app writes to its log before exiting. */
    readonly log: string | null;
  } | null;
  /** The next change of its Docker health status (containers with a healthCheck). */
  readonly health: { readonly at: number; readonly status: HealthStatus } | null;
}

export interface TaskEni {
  readonly id: string;
  readonly privateIp: string;
  readonly subnetId: string;
}

export interface Task {
  /** The id part of the ARN (32 hex digits). */
  readonly id: string;
  readonly arn: string;
  readonly cluster: string;
  readonly taskDefinitionArn: string;
  readonly launchType: LaunchType;
  readonly capacityProvider: string | null;
  /** EC2 tasks: the container instance id; Fargate tasks: null. */
  readonly containerInstanceId: string | null;
  readonly ec2InstanceId: string | null;
  readonly az: string;
  readonly eni: TaskEni | null;
  readonly lastStatus: TaskStatus;
  readonly desiredStatus: 'RUNNING' | 'STOPPED';
  readonly healthStatus: HealthStatus;
  readonly group: string;
  readonly startedBy: string | null;
  readonly serviceName: string | null;
  readonly deploymentId: string | null;
  /** Task-level size: from the definition, or the sum the containers reserve. */
  readonly cpu: number;
  readonly memory: number;
  readonly containers: readonly TaskContainer[];
  /** What the task holds on its container instance (released when it stops). */
  readonly reserved: ReservedResources;
  readonly createdAt: number;
  readonly pullStartedAt: number | null;
  readonly pullStoppedAt: number | null;
  readonly startedAt: number | null;
  readonly stoppingAt: number | null;
  readonly stoppedAt: number | null;
  readonly stopCode: StopCode | null;
  readonly stoppedReason: string | null;
  /** The next scheduled lifecycle change, or null. */
  readonly nextAt: number | null;
  /** The earliest planned container change (start, exit, health), or null. */
  readonly containerChangeAt: number | null;
  /**
   * Set in PENDING when the pull or the task's setup will fail at `nextAt` (the agent retries
   * for a while first): the stopped reason ECS will report, e.g. `CannotPullContainerError: …`.
   */
  readonly startFailure: string | null;
}

// ---------------------------------------------------------------- services (§5)

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
  /** DeleteService (§5.1): when the service turned DRAINING; it turns INACTIVE only after it. */
  readonly deletedAt?: number;
}

// ---------------------------------------------------------------- Elastic Load Balancing

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'unused';

export interface Target {
  /** Instance id (target type instance) or IP address (target type ip). */
  readonly id: string;
  readonly port: number;
  readonly az: string;
  readonly taskId: string;
  readonly state: TargetHealthState;
  readonly reason: string | null;
  readonly consecutiveOk: number;
  readonly consecutiveFailed: number;
  readonly registeredAt: number;
  /** Draining ends (deregistration delay) at this time. */
  readonly drainUntil: number | null;
  readonly nextCheckAt: number;
}

export interface TargetGroup {
  readonly name: string;
  readonly arn: string;
  readonly targetType: 'instance' | 'ip';
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly loadBalancerArn: string | null;
  readonly healthCheck: {
    readonly path: string;
    readonly intervalSeconds: number;
    readonly timeoutSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
  };
  readonly deregistrationDelaySeconds: number;
  readonly targets: readonly Target[];
}

export interface LoadBalancer {
  readonly name: string;
  readonly arn: string;
  readonly dnsName: string;
}

// ---------------------------------------------------------------- CloudWatch Logs

export interface LogEvent {
  readonly at: number;
  readonly group: string;
  readonly stream: string;
  readonly message: string;
}

// ---------------------------------------------------------------- Auto Scaling

export interface ScalableTarget {
  /** `service/CLUSTER/SERVICE`. */
  readonly resourceId: string;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policy: {
    readonly name: string;
    readonly targetValue: number;
    readonly metric: 'ECSServiceAverageCPUUtilization';
    readonly scaleOutCooldown: number;
    readonly scaleInCooldown: number;
  } | null;
  readonly lastScaleAt: number | null;
}

export interface LaunchTemplate {
  readonly name: string;
  readonly id: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly instanceProfile: string | null;
  readonly userData: string | null;
}

export interface AutoScalingGroup {
  readonly name: string;
  readonly arn: string;
  readonly launchTemplate: string;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  readonly subnetIds: readonly string[];
  /** §5.6: instances it launches start protected from scale-in (managed termination protection needs it). */
  readonly newInstancesProtectedFromScaleIn: boolean;
}

export interface CapacityProvider {
  readonly name: string;
  readonly arn: string;
  readonly autoScalingGroupArn: string;
  readonly managedScaling: {
    readonly status: 'ENABLED' | 'DISABLED';
    readonly targetCapacity: number;
    readonly minimumScalingStepSize: number;
    readonly maximumScalingStepSize: number;
  };
  readonly managedTerminationProtection: 'ENABLED' | 'DISABLED';
}

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
}
