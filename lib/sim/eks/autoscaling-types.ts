/**
 * The EKS simulator's load, metrics and autoscaling state (plain data, kept in EksState): the load
 * Dockyard sends to Deployments, metrics-server's latest scrape, HorizontalPodAutoscalers and the
 * EKS add-ons created with `aws eks create-addon`. Quantities: CPU in millicores, memory in MiB.
 */

/** Dockyard's load generator (`chaos load`): requests per second spread over a Deployment's ready pods. */
export interface DeploymentLoad {
  readonly namespace: string;
  readonly deployment: string;
  readonly rps: number;
}

export interface PodUsage {
  readonly uid: string;
  readonly cpu: number;
  readonly memory: number;
}

export interface NodeUsage {
  readonly name: string;
  readonly cpu: number;
  readonly memory: number;
}

/**
 * One metrics-server scrape of every kubelet. A CPU figure is a rate between two scrapes, so a pod
 * or node has one only if it was also there at the scrape before; `answered` are the nodes whose
 * kubelet answered this time (the next scrape can rate them).
 */
export interface MetricsScrape {
  readonly at: number;
  readonly pods: readonly PodUsage[];
  readonly nodes: readonly NodeUsage[];
  readonly answered: readonly string[];
}

export interface HpaCondition {
  readonly type: 'AbleToScale' | 'ScalingActive' | 'ScalingLimited';
  readonly status: 'True' | 'False';
  readonly reason: string;
  readonly message: string;
}

/** A scale recommendation kept for the downscale stabilization window. */
export interface HpaRecommendation {
  readonly at: number;
  readonly replicas: number;
}

/**
 * A HorizontalPodAutoscaler (autoscaling/v2) on a Deployment's average CPU utilization, relative to
 * the pods' CPU requests. Its status is what the controller last computed.
 */
export interface HorizontalPodAutoscaler {
  readonly name: string;
  readonly namespace: string;
  readonly target: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly targetCpuUtilization: number;
  readonly createdAt: number;
  readonly currentReplicas: number;
  readonly desiredReplicas: number;
  /** The average utilization (percent of request) and usage (millicores) last measured, or null. */
  readonly currentUtilization: number | null;
  readonly currentAverageCpu: number | null;
  readonly lastScaleAt: number | null;
  /** The controller's last sync (every 15 s). */
  readonly lastSyncAt: number | null;
  readonly recommendations: readonly HpaRecommendation[];
  readonly conditions: readonly HpaCondition[];
}

/** An EKS add-on created through the EKS API (`aws eks create-addon`). */
export interface EksAddon {
  readonly name: string;
  readonly version: string;
  readonly createdAt: number;
  /** The id at the end of its ARN, a UUID as EKS gives it. */
  readonly id: string;
}
