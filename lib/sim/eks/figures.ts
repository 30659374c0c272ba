/**
 * The timings and defaults the EKS simulator follows, with where each comes from
 * (shared/reference/aws-containers.md §7 unless said otherwise).
 */

/** The Kubernetes version clusters run; the node VERSION column carries EKS's `-eks-` suffix. */
export const KUBERNETES_VERSION = '1.33';
export const KUBELET_VERSION = 'v1.33.5-eks-113cf36';

/** §7.5: `--node-monitor-grace-period`, 50 s since Kubernetes 1.32 (40 s before). */
export const NODE_MONITOR_GRACE_MS = 50_000;
/** §7.5: the DefaultTolerationSeconds admission plugin's not-ready / unreachable tolerations. */
export const DEFAULT_TOLERATION_SECONDS = 300;

/** Simulated: AWS documents that creating a cluster's control plane takes several minutes. */
export const CLUSTER_CREATE_MS = 9 * 60_000;
/** Simulated: an EC2 instance boots, the kubelet registers and the VPC CNI comes up. */
export const NODE_JOIN_MS = { min: 70_000, max: 110_000 } as const;
/** Simulated: pulling an image the node does not have yet; a cached image starts at once. */
export const IMAGE_PULL_MS = { min: 2_000, max: 6_000 } as const;
/** Simulated: after a failed pull (ErrImagePull) the kubelet backs off (ImagePullBackOff). */
export const IMAGE_BACKOFF_MS = 10_000;
/** Simulated: from Pulled to the container running. */
export const CONTAINER_START_MS = 1_000;
/** Simulated: a healthy kubelet stops a deleted pod's containers (well inside the 30 s grace period). */
export const POD_STOP_MS = 3_000;

/**
 * kube-scheduler's default score weights (§7.4, config v1beta3 and later). NodeResourcesFit scores
 * with `LeastAllocated`, which spreads load: the opposite of ECS `binpack`.
 */
export const SCORE_WEIGHTS = {
  TaintToleration: 3,
  NodeAffinity: 2,
  PodTopologySpread: 2,
  NodeResourcesFit: 1,
  NodeResourcesBalancedAllocation: 1,
} as const;

/** What scoring assumes for a container with no requests (the scheduler's non-zero defaults). */
export const NON_ZERO_DEFAULT = { cpu: 100, memory: 200 } as const;

/** §7.4: the built-in default topology spread, soft, for pods a ReplicaSet or DaemonSet owns. */
export const DEFAULT_SPREAD = [
  { topologyKey: 'kubernetes.io/hostname', maxSkew: 3 },
  { topologyKey: 'topology.kubernetes.io/zone', maxSkew: 5 },
] as const;

/** Deployment defaults (§7.2): RollingUpdate with 25 % surge and 25 % unavailable. */
export const DEFAULT_MAX_SURGE = '25%';
export const DEFAULT_MAX_UNAVAILABLE = '25%';
export const DEFAULT_REVISION_HISTORY = 10;

/** Simulated: AWS creates a LoadBalancer Service's load balancer; EXTERNAL-IP is <pending> meanwhile. */
export const LOAD_BALANCER_READY_MS = 2 * 60_000;

/**
 * EKS on Fargate (reference §6; EKS User Guide, "Fargate pod configuration"): a pod's size is the
 * larger of its biggest init container request and the sum of its containers' requests, plus
 * 256 MB for the kubelet, kube-proxy and containerd, rounded up to the nearest Fargate
 * combination (the table of reference §2.3; 0.25 vCPU and 0.5 GB at least).
 */
export const FARGATE_OVERHEAD_MIB = 256;
/**
 * Simulated: AWS documents no duration. Creating or deleting a Fargate profile takes a couple of
 * minutes (public Terraform and eksctl logs wait about two to three), and EKS runs one such change
 * at a time per cluster.
 */
export const FARGATE_PROFILE_CHANGE_MS = { min: 120_000, max: 180_000 } as const;
/**
 * Simulated: Fargate starts a micro-VM for each pod and its kubelet registers the node before the
 * pod is bound, so a Fargate pod takes about a minute to run, where a pod on a running EC2 node
 * takes seconds.
 */
export const FARGATE_PROVISION_MS = { min: 45_000, max: 60_000 } as const;
