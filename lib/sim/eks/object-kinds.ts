import type { IngressRule } from './ingress-types';
import type { NodeRequirement } from './karpenter-types';

/** The validated forms of the scaling and load-balancing kinds `kubectl apply` sends (see objects.ts). */

export interface IngressObject {
  readonly kind: 'Ingress';
  readonly name: string;
  readonly namespace: string;
  readonly ingressClassName: string | null;
  readonly annotations: Readonly<Record<string, string>>;
  readonly rules: readonly IngressRule[];
}

export interface HpaObject {
  readonly kind: 'HorizontalPodAutoscaler';
  readonly name: string;
  readonly namespace: string;
  /** The Deployment it scales. */
  readonly target: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly targetCpuUtilization: number;
}

export interface NodePoolObject {
  readonly kind: 'NodePool';
  readonly name: string;
  /** Cluster-scoped: always ''. */
  readonly namespace: string;
  readonly requirements: readonly NodeRequirement[];
  readonly labels: Readonly<Record<string, string>>;
  readonly cpuLimit: number | null;
  readonly nodeClass: string;
}
