import { requiredAffinityMatches } from './node-affinity';
import { matchesSelector, tolerates } from './pod-requests';
import type { NodeUse } from './scheduler';
import { spreadFilter, type HardSpread } from './topology-spread';
import type { KubeNode, NodeVerdict, Pod, Resources } from './types';

/**
 * The kube-scheduler's filter plugins in the default order (§7.4), each saying why a node cannot
 * run the pod in the scheduler's own words, and the FailedScheduling message that counts them.
 */

/** What the filters need beyond the pod and the node, worked out once per pod. */
export interface FilterContext {
  readonly requests: Resources;
  /** The pod's DoNotSchedule topology spread constraints with their counts, or null. */
  readonly spread: HardSpread | null;
}

type Filter = (pod: Pod, node: KubeNode, use: NodeUse, context: FilterContext) => readonly string[];

const NONE: readonly string[] = [];

const UNSCHEDULABLE_TAINT = {
  key: 'node.kubernetes.io/unschedulable',
  value: '',
  effect: 'NoSchedule',
} as const;

// Each filter returns the shared NONE when the node passes: it runs for every node for every pod.
export const FILTERS: readonly (readonly [string, Filter])[] = [
  [
    'NodeUnschedulable',
    (pod, node) =>
      node.unschedulable && !tolerates(pod.spec.tolerations, UNSCHEDULABLE_TAINT)
        ? ['node(s) were unschedulable']
        : NONE,
  ],
  [
    'NodeName',
    (pod, node) =>
      pod.spec.nodeName !== undefined && pod.spec.nodeName !== node.name
        ? ["node(s) didn't match the requested node name"]
        : NONE,
  ],
  [
    'TaintToleration',
    (pod, node) => {
      for (const taint of node.taints)
        if (taint.effect !== 'PreferNoSchedule' && !tolerates(pod.spec.tolerations, taint))
          return [`node(s) had untolerated taint {${taint.key}: ${taint.value}}`];
      return NONE;
    },
  ],
  [
    // nodeSelector and required node affinity are one plugin, with one reason.
    'NodeAffinity',
    (pod, node) =>
      matchesSelector(node.labels, pod.spec.nodeSelector) &&
      requiredAffinityMatches(node.labels, pod.spec.nodeAffinity)
        ? NONE
        : ["node(s) didn't match Pod's node affinity/selector"],
  ],
  [
    'NodeResourcesFit',
    (_pod, node, use, { requests }) => {
      const pods = use.pods + 1 > node.allocatable.pods;
      const cpu = requests.cpu > 0 && use.cpu + requests.cpu > node.allocatable.cpu;
      const memory = requests.memory > 0 && use.memory + requests.memory > node.allocatable.memory;
      if (!pods && !cpu && !memory) return NONE;
      const reasons: string[] = [];
      if (pods) reasons.push('Too many pods');
      if (cpu) reasons.push('Insufficient cpu');
      if (memory) reasons.push('Insufficient memory');
      return reasons;
    },
  ],
  [
    'PodTopologySpread',
    (_pod, node, _use, { spread }) => {
      if (spread === null) return NONE;
      const reasons = spreadFilter(spread, node);
      return reasons.length === 0 ? NONE : reasons;
    },
  ],
];

/** `0/3 nodes are available: 1 node(s) were unschedulable, 2 Insufficient memory.` (reasons counted, sorted). */
export function failedSchedulingMessage(nodeCount: number, verdicts: readonly NodeVerdict[]): string {
  if (nodeCount === 0) return 'no nodes available to schedule pods';
  const counts = new Map<string, number>();
  for (const verdict of verdicts)
    if (verdict.filtered)
      for (const reason of verdict.reasons) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const parts = [...counts].map(([reason, count]) => `${count} ${reason}`).sort();
  return `0/${nodeCount} nodes are available: ${parts.join(', ')}.`;
}
