/** Tasks and their containers (reference §3). Part of the ECS state (../types.ts). */
import type { LaunchType } from './account';
import type { ReservedResources } from './cluster';

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
  /** True when a Fargate task was started with `assignPublicIp: ENABLED` (absent: no public IP). */
  readonly publicIp?: true;
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
  /**
   * Fargate tasks: the platform version the task runs on, resolved (`LATEST` is `1.4.0`, §6).
   * Absent on EC2 tasks (and read as `1.4.0` on Fargate tasks of older saved states).
   */
  readonly platformVersion?: string;
}
