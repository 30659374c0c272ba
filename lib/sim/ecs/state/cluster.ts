/** ECS clusters and container instances (reference §1). Part of the ECS state (../types.ts). */

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
