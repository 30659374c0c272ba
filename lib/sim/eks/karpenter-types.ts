/** Karpenter's objects (karpenter.sh/v1) as the simulator keeps them. */

/** One requirement of a NodePool's node template: a well-known label, In or NotIn some values. */
export interface NodeRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn';
  readonly values: readonly string[];
}

export interface NodePool {
  readonly name: string;
  readonly requirements: readonly NodeRequirement[];
  /** Labels every node it launches carries. */
  readonly labels: Readonly<Record<string, string>>;
  /** `spec.limits.cpu` in millicores: the most CPU its nodes may add up to, or null. */
  readonly cpuLimit: number | null;
  /** `spec.template.spec.nodeClassRef.name`, the EC2NodeClass (AMI, subnets, role) it names. */
  readonly nodeClass: string;
  readonly createdAt: number;
}

/** A node Karpenter asked EC2 for, and the pods it nominated to it. */
export interface NodeClaim {
  readonly name: string;
  readonly nodePool: string;
  readonly instanceType: string;
  readonly zone: string;
  /** The node it became (its instance boots and registers later). */
  readonly nodeName: string;
  readonly pods: readonly string[];
  readonly createdAt: number;
}
