import { requiredAffinityMatches } from './node-affinity';
import { holdsPlace, matchesSelector } from './pod-requests';
import type { SpreadCounts } from './scores';
import type { KubeNode, Pod, TopologySpreadConstraint } from './types';

/**
 * A pod's own `topologySpreadConstraints` (Kubernetes docs, "Pod Topology Spread Constraints"):
 * the matching pods are counted per domain of the topology key (a zone, a hostname) on the nodes
 * the pod could go to (its nodeSelector and required node affinity; taints are ignored, the default
 * nodeTaintsPolicy). A DoNotSchedule constraint filters out a node where placing the pod would
 * make `matching pods in its domain + 1 − the fewest in any domain` exceed maxSkew; ScheduleAnyway
 * constraints only score.
 */

export const SPREAD_MISMATCH = "node(s) didn't match pod topology spread constraints";
export const SPREAD_MISSING_LABEL = `${SPREAD_MISMATCH} (missing required label)`;

/** A nil label selector matches nothing; an empty one, everything. */
const selects = (constraint: TopologySpreadConstraint, labels: Readonly<Record<string, string>>) =>
  constraint.matchLabels !== null && matchesSelector(labels, constraint.matchLabels);

/** Nodes whose domains count: they pass the pod's nodeSelector and required affinity and carry every key. */
function countedNodes(
  pod: Pod,
  nodes: readonly KubeNode[],
  constraints: readonly TopologySpreadConstraint[],
): KubeNode[] {
  return nodes.filter(
    (node) =>
      matchesSelector(node.labels, pod.spec.nodeSelector) &&
      requiredAffinityMatches(node.labels, pod.spec.nodeAffinity) &&
      constraints.every((constraint) => node.labels[constraint.topologyKey] !== undefined),
  );
}

/** Matching pods per domain of each constraint's key, every counted domain present (0 when empty). */
export function constraintCounts(
  pod: Pod,
  nodes: readonly KubeNode[],
  pods: readonly Pod[],
  constraints: readonly TopologySpreadConstraint[],
): SpreadCounts {
  const counted = countedNodes(pod, nodes, constraints);
  const domainOf = new Map(counted.map((node) => [node.name, node]));
  const counts: SpreadCounts = new Map();
  for (const constraint of constraints) {
    const domains = new Map<string | undefined, number>();
    for (const node of counted) domains.set(node.labels[constraint.topologyKey], 0);
    counts.set(constraint.topologyKey, domains);
  }
  for (const other of pods) {
    if (other.namespace !== pod.namespace || other.deletedAt !== null || !holdsPlace(other)) continue;
    const node = domainOf.get(other.nodeName ?? '');
    if (node === undefined) continue;
    for (const constraint of constraints) {
      if (!selects(constraint, other.labels)) continue;
      const domains = counts.get(constraint.topologyKey);
      const domain = node.labels[constraint.topologyKey];
      domains?.set(domain, (domains.get(domain) ?? 0) + 1);
    }
  }
  return counts;
}

export interface HardSpread {
  readonly constraints: readonly TopologySpreadConstraint[];
  readonly counts: SpreadCounts;
  /** The fewest matching pods in any counted domain, per constraint. */
  readonly minimums: readonly number[];
  readonly selfMatch: readonly number[];
}

/** The DoNotSchedule constraints' state for one pod, or null when it has none. */
export function hardSpread(pod: Pod, nodes: readonly KubeNode[], pods: readonly Pod[]): HardSpread | null {
  const constraints = (pod.spec.topologySpreadConstraints ?? []).filter(
    (constraint) => constraint.whenUnsatisfiable === 'DoNotSchedule',
  );
  if (constraints.length === 0) return null;
  const counts = constraintCounts(pod, nodes, pods, constraints);
  return {
    constraints,
    counts,
    minimums: constraints.map((constraint) => {
      const values = [...(counts.get(constraint.topologyKey)?.values() ?? [])];
      return values.length === 0 ? 0 : Math.min(...values);
    }),
    selfMatch: constraints.map((constraint) => (selects(constraint, pod.labels) ? 1 : 0)),
  };
}

/** The PodTopologySpread filter: the reason a node fails, or none. */
export function spreadFilter(spread: HardSpread, node: KubeNode): readonly string[] {
  for (const [index, constraint] of spread.constraints.entries()) {
    const domain = node.labels[constraint.topologyKey];
    if (domain === undefined) return [SPREAD_MISSING_LABEL];
    const matching = spread.counts.get(constraint.topologyKey)?.get(domain) ?? 0;
    const skew = matching + (spread.selfMatch[index] ?? 0) - (spread.minimums[index] ?? 0);
    if (skew > constraint.maxSkew) return [SPREAD_MISMATCH];
  }
  return [];
}

/** The constraints that score this pod: its own ScheduleAnyway ones, or null when it has none of its own. */
export function softConstraints(pod: Pod): readonly TopologySpreadConstraint[] | null {
  if (pod.spec.topologySpreadConstraints === undefined) return null;
  return pod.spec.topologySpreadConstraints.filter(
    (constraint) => constraint.whenUnsatisfiable === 'ScheduleAnyway',
  );
}

/** A reason for the record: how many matching pods the node's domain holds for each constraint. */
export function spreadReason(
  counts: SpreadCounts,
  constraints: readonly { readonly topologyKey: string }[],
  node: KubeNode,
): string {
  return constraints
    .map(({ topologyKey }) => {
      const domain = node.labels[topologyKey];
      if (domain === undefined) return `no ${topologyKey} label`;
      const count = counts.get(topologyKey)?.get(domain) ?? 0;
      return `${count} matching pod${count === 1 ? '' : 's'} in ${topologyKey}=${domain}`;
    })
    .join('; ');
}
