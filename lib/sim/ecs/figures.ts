import type { Range } from '../core/rng';

/**
 * Durations the ECS simulator draws from (ms). AWS documents the order of the steps (reference
 * §3.1) but not their lengths; these are the course's estimates of typical values, except where a
 * comment cites a documented default.
 */
export const TIMINGS = {
  /** EC2: pending until running. */
  instancePending: { min: 8_000, max: 15_000 },
  /** From running to the ECS agent calling RegisterContainerInstance (OS boot, Docker, agent start). */
  agentStart: { min: 25_000, max: 45_000 },
  instanceStopping: { min: 10_000, max: 30_000 },
  instanceShuttingDown: { min: 5_000, max: 20_000 },
  /** Agent disconnect is noticed "within a few minutes" of an instance stopping (§1.4). */
  agentDisconnectNoticed: { min: 60_000, max: 120_000 },
  /** awsvpc on EC2: creating and attaching the task ENI. */
  eniAttachEc2: { min: 4_000, max: 8_000 },
  /** Fargate: finding capacity and attaching the ENI. */
  fargateProvisioning: { min: 10_000, max: 25_000 },
  /** The agent receiving the task from ECS. */
  agentPickup: { min: 500, max: 1_500 },
  /** Creating and starting containers, networking, target registration. */
  activating: { min: 800, max: 2_000 },
  /** Post-stop cleanup for awsvpc tasks (detach and delete the ENI). */
  deprovisioning: { min: 3_000, max: 8_000 },
  /** An app that handles SIGTERM exits in about this time. */
  gracefulStop: { min: 500, max: 2_500 },
  /** A pull that fails is retried before the task gives up. */
  failedPull: { min: 15_000, max: 30_000 },
} as const satisfies Record<string, Range>;

/** Image pull throughput (MB/s) on EC2 and on Fargate (no image cache on Fargate). */
export const PULL_MBPS = { ec2: 60, fargate: 35 } as const;

/** STOPPED tasks stay describable for about an hour (§3.1, unconfirmed), then disappear. */
export const STOPPED_TASK_RETENTION_MS = 60 * 60_000;
/** INACTIVE container instances can be described for 1 hour (§1.4). */
export const INACTIVE_INSTANCE_RETENTION_MS = 60 * 60_000;
/** `ECS_CONTAINER_STOP_TIMEOUT` default: SIGKILL after 30 s (§1.3, §3.1). */
export const DEFAULT_STOP_TIMEOUT_S = 30;
/** Log events kept in state (the oldest are dropped). */
export const MAX_LOG_EVENTS = 2_000;
/** The service event list keeps the 100 most recent (§4.4). */
export const MAX_SERVICE_EVENTS = 100;
