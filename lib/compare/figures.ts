/**
 * The settings each option runs with, and where each comes from (shared/reference/aws-containers.md
 * unless said otherwise). "Chosen" marks a setting the comparison picks because the service has
 * no default.
 */

/** Replicas the app runs at rest: the "3 replicas of the seed's nginx". */
export const BASELINE_REPLICAS = 3;

/** Chosen: the maximum set for ECS services and the HPA, so the picture can reach 30. */
export const MAX_REPLICAS = 30;

/** ECS Service Auto Scaling on CPU: 75 % is the docs' example target (§5.7); there is no default. */
export const ECS_TARGET_PERCENT = 75;

/** What ECS Express Mode creates: target tracking on CPU at 60 %, 1 to 20 tasks (§9). */
export const EXPRESS_SCALING = { targetPercent: 60, min: 1, max: 20 } as const;

/**
 * The HPA at 50 % CPU, as the Kubernetes HPA walkthrough and this course's EKS lesson write it
 * (`kubectl autoscale deployment web --cpu-percent=50`); there is no default.
 */
export const HPA_TARGET_PERCENT = 50;

/**
 * Target tracking's CloudWatch alarms (the ECS simulator, lib/sim/ecs/scaling/target-tracking.ts):
 * out after 3 one-minute datapoints above the target, in after 15 below.
 */
export const ECS_TRACKING_MINUTES = { out: 3, in: 15 } as const;

/** The HPA syncs every 15 s (so within the minute) and waits 5 minutes before scaling down. */
export const HPA_MINUTES = { out: 1, in: 5 } as const;

/** ECS managed scaling removes an empty instance after 15 minutes (§5.6). */
export const MANAGED_SCALING_IN_MINUTES = 15;

/** The Cluster Autoscaler removes a node unneeded for 10 minutes (`--scale-down-unneeded-time`). */
export const CLUSTER_AUTOSCALER_IN_MINUTES = 10;

/** Chosen: container hosts span three Availability Zones, at least one instance in each. */
export const MIN_HOSTS = 3;

/**
 * Minutes before new capacity serves, in the day model (which steps a minute at a time): a task
 * or pod starts within the minute (seconds to tens of seconds); an EC2 instance takes 1–3
 * minutes to boot and join (§10.2), counted as 2.
 */
export const DELAY_MINUTES = { replica: 1, host: 2 } as const;
