import type { BaseState } from '../core/types';
import type { PodIdentityAssociation, ServiceAccount } from './identity-types';
import type { FargateProfile } from './fargate-types';
import type { LivenessProbe, NodeAffinity, TopologySpreadConstraint } from './spec-types';
import type { DeploymentLoad, EksAddon, HorizontalPodAutoscaler, MetricsScrape } from './autoscaling-types';
import type { Ingress } from './ingress-types';
import type { NodeClaim, NodePool } from './karpenter-types';
import type { Namespace } from './namespace-types';
import type { SchedulingRecord } from './scheduling-types';
import type { Service } from './service-types';

export type { FargateProfile, FargateSelector } from './fargate-types';
export type { Namespace } from './namespace-types';
export type { NodeVerdict, SchedulingRecord } from './scheduling-types';
export type { Service, ServiceLoadBalancer, ServicePort } from './service-types';
export type {
  LivenessProbe,
  NodeAffinity,
  NodeSelectorRequirement,
  NodeSelectorTerm,
  TopologySpreadConstraint,
} from './spec-types';

/**
 * The Amazon EKS simulator's state: one cluster (its control plane run by AWS), managed node
 * groups of EC2 worker nodes, and the Kubernetes objects the learner applies. Plain data only
 * (core/types.ts). Quantities are integers: CPU in millicores, memory in MiB.
 */

export interface Taint {
  readonly key: string;
  readonly value: string;
  readonly effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
  /** When the node lifecycle controller added it (NoExecute eviction counts from here), ms. */
  readonly addedAt?: number;
}

export interface Toleration {
  readonly key?: string;
  readonly operator: 'Equal' | 'Exists';
  readonly value?: string;
  readonly effect?: Taint['effect'];
  readonly tolerationSeconds?: number;
}

export interface Resources {
  readonly cpu: number;
  readonly memory: number;
}

export type NodeCondition = 'Ready' | 'NotReady' | 'Unknown';

export interface KubeNode {
  /** `ip-192-168-x-y.ec2.internal`, as EKS names EC2 nodes. */
  readonly name: string;
  readonly instanceId: string;
  readonly nodegroup: string;
  readonly instanceType: string;
  readonly zone: string;
  readonly internalIp: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  readonly unschedulable: boolean;
  readonly allocatable: Resources & { readonly pods: number };
  readonly capacity: Resources & { readonly pods: number };
  /** Ready once the kubelet has registered and the VPC CNI is up; Unknown when heartbeats stop. */
  readonly ready: 'True' | 'False' | 'Unknown';
  readonly createdAt: number;
  /** The instance boots and the kubelet registers at this time (null once it has). */
  readonly joinsAt: number | null;
  /** The last kubelet heartbeat while the instance is down (null while it is healthy). */
  readonly lastHeartbeat: number | null;
  /** A Fargate micro-node: the uid of the one pod it was made for. */
  readonly fargatePod?: string;
}

export interface Nodegroup {
  readonly name: string;
  readonly instanceType: string;
  readonly desiredSize: number;
  readonly minSize: number;
  readonly maxSize: number;
  readonly labels: Readonly<Record<string, string>>;
  readonly taints: readonly Taint[];
  /** The zones of the subnets it was given: its Auto Scaling group balances nodes across them. */
  readonly zones: readonly string[];
  readonly status: 'CREATING' | 'ACTIVE';
  readonly createdAt: number;
}

export interface Cluster {
  readonly name: string;
  readonly version: string;
  readonly status: 'CREATING' | 'ACTIVE';
  readonly createdAt: number;
  readonly activeAt: number;
}

export interface ContainerSpec {
  readonly name: string;
  readonly image: string;
  readonly requests: Partial<Resources>;
  readonly limits: Partial<Resources>;
  /** Environment variables by name (`env` in the manifest). */
  readonly env?: Readonly<Record<string, string>>;
  /** A readiness probe is declared: the pod is Ready only while the app answers it. */
  readonly readinessProbe?: boolean;
  /** The kubelet restarts the container when this probe keeps failing. */
  readonly livenessProbe?: LivenessProbe;
}

/** How the container last ended, as `kubectl describe` shows under Last State. */
export interface ContainerExit {
  readonly reason: 'Error' | 'OOMKilled' | 'Completed';
  readonly exitCode: number;
  readonly at: number;
  /** What the app printed last, for `kubectl logs --previous`. */
  readonly log: string | null;
}

/** A pod template, as a Deployment, ReplicaSet or DaemonSet holds it and a pod is created from it. */
export interface PodSpec {
  readonly containers: readonly ContainerSpec[];
  readonly nodeSelector: Readonly<Record<string, string>>;
  readonly tolerations: readonly Toleration[];
  readonly nodeName?: string;
  readonly nodeAffinity?: NodeAffinity;
  /** When set (even to constraints that only score), the built-in default spread no longer applies. */
  readonly topologySpreadConstraints?: readonly TopologySpreadConstraint[];
  /** Set by EKS's Fargate admission webhook on a pod a Fargate profile selects; unset, default-scheduler. */
  readonly schedulerName?: 'fargate-scheduler';
  /** The pod's ServiceAccount; `default` when unset. */
  readonly serviceAccountName?: string;
}

export interface PodTemplate {
  readonly labels: Readonly<Record<string, string>>;
  readonly spec: PodSpec;
}

export interface OwnerRef {
  readonly kind: 'ReplicaSet' | 'DaemonSet';
  readonly name: string;
}

/**
 * Phase and what `kubectl get pods` shows are kept apart, as Kubernetes keeps them: a pod in phase
 * Pending shows `Pending` (not scheduled) or `ContainerCreating` (scheduled, image on its way).
 */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

export interface Pod {
  readonly uid: string;
  readonly name: string;
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly owner: OwnerRef | null;
  readonly spec: PodSpec;
  readonly nodeName: string | null;
  readonly phase: PodPhase;
  /** Container state: waiting with a reason, or running since a time. */
  readonly container:
    | { readonly state: 'waiting'; readonly reason: string }
    | { readonly state: 'running'; readonly since: number }
    | { readonly state: 'terminated'; readonly reason: ContainerExit['reason']; readonly exitCode: number };
  /** Times the kubelet restarted the container (the RESTARTS column). */
  readonly restarts: number;
  readonly lastExit: ContainerExit | null;
  readonly ready: boolean;
  readonly ip: string | null;
  readonly createdAt: number;
  /** The kubelet's next step for this pod (pulled, started), ms. */
  readonly nextAt: number | null;
  /** Set when the pod is being deleted: it shows `Terminating` until the kubelet confirms. */
  readonly deletedAt: number | null;
  /** Gone from the API at this time (the kubelet stopped its containers), or null while it cannot be. */
  readonly goneAt: number | null;
  /** The scheduler's last verdict on it, for "why this node?" and `kubectl describe`. */
  readonly lastScheduling: SchedulingRecord | null;
  /** `metadata.annotations` the control plane adds (Fargate's `CapacityProvisioned`). */
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface ReplicaSet {
  readonly name: string;
  readonly namespace: string;
  readonly deployment: string | null;
  readonly revision: number;
  readonly podTemplateHash: string;
  readonly replicas: number;
  readonly template: PodTemplate;
  readonly selector: Readonly<Record<string, string>>;
  readonly createdAt: number;
}

export interface Deployment {
  readonly name: string;
  readonly namespace: string;
  readonly replicas: number;
  readonly selector: Readonly<Record<string, string>>;
  readonly template: PodTemplate;
  readonly maxSurge: string;
  readonly maxUnavailable: string;
  readonly createdAt: number;
  readonly generation: number;
}

export interface DaemonSet {
  readonly name: string;
  readonly namespace: string;
  readonly selector: Readonly<Record<string, string>>;
  readonly template: PodTemplate;
  readonly createdAt: number;
}

/** An event as `kubectl get events` and `kubectl describe` show it. */
export interface KubeEvent {
  readonly at: number;
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  /** `pod/web-7d4b9c8f5-x2x7k`, `node/ip-…`, `deployment/web`, `replicaset/web-7d4b9c8f5`. */
  readonly object: string;
  readonly namespace: string;
  readonly source: string;
  readonly message: string;
  readonly count: number;
  readonly lastAt: number;
}

export interface EksState extends BaseState {
  readonly cluster: Cluster | null;
  readonly nodegroups: readonly Nodegroup[];
  readonly nodes: readonly KubeNode[];
  readonly deployments: readonly Deployment[];
  readonly replicaSets: readonly ReplicaSet[];
  readonly daemonSets: readonly DaemonSet[];
  readonly services: readonly Service[];
  readonly pods: readonly Pod[];
  readonly kubeEvents: readonly KubeEvent[];
  /** Next free host number for node and pod IPs. */
  readonly nextIp: number;
  /** The cluster kubectl talks to, once `aws eks update-kubeconfig` has written its context. */
  readonly kubeconfig: string | null;
  /** Dockyard's load generator: requests per second sent to Deployments (`chaos load`). */
  readonly loads: readonly DeploymentLoad[];
  /** metrics-server's latest scrape of the kubelets, once it runs. */
  readonly metrics: MetricsScrape | null;
  readonly hpas: readonly HorizontalPodAutoscaler[];
  /** Add-ons created through the EKS API (`aws eks create-addon`). */
  readonly addons: readonly EksAddon[];
  readonly ingresses: readonly Ingress[];
  /** Karpenter's NodePools and the NodeClaims it launched. */
  readonly nodePools: readonly NodePool[];
  readonly nodeClaims: readonly NodeClaim[];
  readonly fargateProfiles: readonly FargateProfile[];
  readonly serviceAccounts: readonly ServiceAccount[];
  readonly podIdentityAssociations: readonly PodIdentityAssociation[];
  /** The namespaces the learner made; the four built-in ones are not stored (see namespaces.ts). */
  readonly namespaces: readonly Namespace[];
}
