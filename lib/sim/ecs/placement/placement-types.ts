import type { Rng } from '../../core/rng';
import type { ContainerInstance, PlacementConstraint, PlacementStrategy } from '../types';

/**
 * The vocabulary of task placement (shared/reference/aws-containers.md §4). Placement is pure:
 * candidates and a request in, choices and failures out.
 */

/** What one task reserves on the container instance it lands on (§1.3, §4.1). */
export interface TaskNeeds {
  /** CPU units. */
  readonly cpu: number;
  /** MiB (the containers' memoryReservation where set, else memory). */
  readonly memory: number;
  /** Static TCP host ports it binds (bridge static ports, every port in host mode). */
  readonly ports: readonly number[];
  /** An awsvpc task: it needs a free ENI attachment point. */
  readonly eni: boolean;
  /**
   * Attributes the instance must have, e.g. `{'ecs.cpu-architecture': 'arm64'}`. An empty value
   * means "present with any value" (capability attributes such as
   * `com.amazonaws.ecs.capability.logging-driver.awslogs` carry no value).
   */
  readonly requiredAttributes?: Readonly<Record<string, string>>;
}

export interface PlacementRequest {
  readonly count: number;
  readonly needs: TaskNeeds;
  /** The task definition's constraints followed by the call's. */
  readonly constraints: readonly PlacementConstraint[];
  /** Empty: the default for `kind` (§4.2). */
  readonly strategies: readonly PlacementStrategy[];
  /** The task group: `service:web` or `family:web`. */
  readonly group: string;
  /** Services spread against the service's tasks; standalone tasks against their group (§4.2). */
  readonly kind: 'service' | 'standalone';
  /** awsvpc: only instances whose `ecs.subnet-id` is one of these (§4.4: else ATTRIBUTE). */
  readonly subnetIds?: readonly string[];
}

/** A container instance as placement sees it, with the per-group counts strategies need. */
export interface Candidate {
  readonly instance: ContainerInstance;
  /** Tasks of the request's group on this instance (not STOPPED, desired RUNNING). */
  readonly groupTasks: number;
  /**
   * Tasks of the group's service on this instance when the group is `service:NAME`; otherwise the
   * same as `groupTasks`.
   */
  readonly serviceTasks: number;
  /** Tasks in the RUNNING state, as DescribeContainerInstances reports it (§1.3). */
  readonly runningTasksCount: number;
  /** Distinct groups of the tasks on this instance (for `task:group` in the query language). */
  readonly taskGroups: readonly string[];
  /** The ECS agent version (for `agentVersion` in the query language). */
  readonly agentVersion: string;
}

/**
 * The checks of §4.1 in evaluation order: resources, agent, status, attributes, then the
 * constraints. An instance's "stage" is the index of the first check it fails.
 */
export const CHECKS = [
  'CPU',
  'MEMORY',
  'PORTS',
  'ENI',
  'AGENT',
  'STATUS',
  'ATTRIBUTE',
  'distinctInstance',
  'memberOf',
] as const;

export type CheckName = (typeof CHECKS)[number];

/** The stage of an instance that passes every check. */
export const PASSED = CHECKS.length;

/**
 * RunTask's `failures[].reason` values (§3.3). `MemberOf placement constraint unsatisfied.` is how
 * the console shows RunTask's reason for a memberOf miss (quoted in aws/amazon-ecs-agent PR #3044,
 * 2021; the current API failures page lists it too). The distinctInstance one is unconfirmed.
 */
export type FailureReason =
  | 'RESOURCE:CPU'
  | 'RESOURCE:MEMORY'
  | 'RESOURCE:PORTS'
  | 'RESOURCE:ENI'
  | 'AGENT'
  | 'ATTRIBUTE'
  | 'MISSING'
  | 'MemberOf placement constraint unsatisfied.'
  | 'DistinctInstance placement constraint unsatisfied.';

export interface PlacementFailure {
  readonly reason: FailureReason;
  /** The closest matching container instance (id part of its ARN), when there is one. */
  readonly containerInstanceId?: string;
  /** Extra words, e.g. the sentence ECS gives when the cluster has no container instances. */
  readonly detail?: string;
}

export interface PlacementResult {
  /** Container instance ids, one per placed task, in placement order. */
  readonly placed: string[];
  /** One per task that could not be placed. */
  readonly failures: PlacementFailure[];
  readonly rng: Rng;
}

/** RunTask's answer for a cluster without container instances [observed, InvalidParameterException]. */
export const NO_CONTAINER_INSTANCES = 'No Container Instances were found in your cluster.';
