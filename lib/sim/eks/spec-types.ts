/** What a pod spec says beyond its containers' images: probes, node affinity, topology spread. */

/**
 * A liveness probe as the kubelet runs it: every `periodSeconds` from `initialDelaySeconds` after
 * the container starts, and `failureThreshold` failures in a row kill the container for a restart.
 */
export interface LivenessProbe {
  readonly handler: 'httpGet' | 'tcpSocket' | 'exec';
  /** httpGet's path (`/health`). */
  readonly path?: string;
  /** httpGet's or tcpSocket's port: a number, or a named container port. */
  readonly port?: number | string;
  /** exec's command. */
  readonly command?: readonly string[];
  readonly initialDelaySeconds: number;
  readonly periodSeconds: number;
  readonly timeoutSeconds: number;
  readonly failureThreshold: number;
}

/** One `matchExpressions` entry of a node selector term. */
export interface NodeSelectorRequirement {
  readonly key: string;
  readonly operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';
  readonly values: readonly string[];
}

/** A node selector term: its expressions must all hold (an empty term matches no node). */
export interface NodeSelectorTerm {
  readonly matchExpressions: readonly NodeSelectorRequirement[];
}

/** `affinity.nodeAffinity`: required terms (any one must match) and weighted preferences. */
export interface NodeAffinity {
  readonly required: readonly NodeSelectorTerm[] | null;
  readonly preferred: readonly { readonly weight: number; readonly preference: NodeSelectorTerm }[];
}

/** One of `topologySpreadConstraints`: how unevenly the matching pods may sit across a topology's domains. */
export interface TopologySpreadConstraint {
  readonly maxSkew: number;
  readonly topologyKey: string;
  readonly whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway';
  /** `labelSelector.matchLabels`; null when the constraint has no selector (it then counts no pods). */
  readonly matchLabels: Readonly<Record<string, string>> | null;
}
