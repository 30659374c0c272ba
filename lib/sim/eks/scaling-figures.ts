/**
 * The figures behind load, metrics and autoscaling in the EKS simulator, with where each comes
 * from. "Simulated" marks the course's estimates where no source gives a number.
 */

/** metrics-server's `--metric-resolution=15s` (its manifest and Helm chart): one scrape every 15 s. */
export const METRIC_RESOLUTION_MS = 15_000;

/** kube-controller-manager `--horizontal-pod-autoscaler-sync-period`, 15 s by default. */
export const HPA_SYNC_PERIOD_MS = 15_000;
/** The HPA skips scaling while the usage ratio is within 10 % of 1.0 (the global default tolerance). */
export const HPA_TOLERANCE = 0.1;
/** `--horizontal-pod-autoscaler-downscale-stabilization`, 5 minutes by default. */
export const HPA_DOWNSCALE_STABILIZATION_MS = 300_000;
/** Without `behavior`, one sync scales up to at most max(2 × current replicas, 4): the controller's scaleUpLimit. */
export const HPA_SCALE_UP_FACTOR = 2;
export const HPA_SCALE_UP_MINIMUM = 4;

/** kubectl top pod: a pod younger than this without metrics is "not available yet" (kubectl's metricsCreationDelay). */
export const METRICS_CREATION_DELAY_MS = 120_000;

/** Simulated: requests per second one vCPU serves, for an image outside the course's catalogue. */
export const DEFAULT_RPS_PER_VCPU = 1_000;
/** Simulated: what the kubelet, containerd and the OS use on a node besides its pods. */
export const NODE_SYSTEM_USAGE = { cpu: 35, memory: 410 } as const;
/** Simulated: a serving app's CPU with no requests coming in, and the working set of an unknown image. */
export const IDLE_CPU = 1;
export const UNKNOWN_IMAGE_MEMORY = 20;

/**
 * Simulated: what the kube-system add-ons use on a quiet cluster (typical `kubectl top pods -n
 * kube-system` readings), by the last part of the image's repository.
 */
export const ADDON_USAGE: Readonly<Record<string, { readonly cpu: number; readonly memory: number }>> = {
  'aws-vpc-cni': { cpu: 3, memory: 42 },
  'kube-proxy': { cpu: 1, memory: 14 },
  coredns: { cpu: 2, memory: 16 },
  'metrics-server': { cpu: 4, memory: 19 },
  'cluster-autoscaler': { cpu: 2, memory: 31 },
};

/** metrics-server as the EKS add-on and the example manifest run it. */
export const METRICS_SERVER_IMAGE = 'registry.k8s.io/metrics-server/metrics-server:v0.8.0';
export const METRICS_SERVER_ADDON_VERSION = 'v0.8.0-eksbuild.1';
