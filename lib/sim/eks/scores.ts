import { DEFAULT_SPREAD } from './figures';
import { tolerates } from './pod-requests';
import type { NodeUse } from './scheduler';
import type { KubeNode, Pod, Resources } from './types';

/**
 * The kube-scheduler's score plugins as plain numbers (0–100 before weights): NodeResourcesFit
 * with LeastAllocated, NodeResourcesBalancedAllocation, TaintToleration on PreferNoSchedule taints,
 * and PodTopologySpread with the built-in default constraints (reference §7.4).
 */

const freeShare = (requested: number, allocatable: number) =>
  allocatable <= 0 || requested > allocatable ? 0 : ((allocatable - requested) * 100) / allocatable;

const usedShare = (requested: number, allocatable: number) =>
  Math.min(1, allocatable <= 0 ? 1 : requested / allocatable);

/** The words for the record: how much of the node the score saw free, or used. */
export function fitReason(request: Resources, node: KubeNode, use: NodeUse): string {
  const cpu = Math.floor(freeShare(use.nonZeroCpu + request.cpu, node.allocatable.cpu));
  const memory = Math.floor(freeShare(use.nonZeroMemory + request.memory, node.allocatable.memory));
  return `LeastAllocated: ${cpu}% of CPU and ${memory}% of memory free with the pod`;
}

export function balanceReason(request: Resources, node: KubeNode, use: NodeUse): string {
  const cpu = Math.round(usedShare(use.cpu + request.cpu, node.allocatable.cpu) * 100);
  const memory = Math.round(usedShare(use.memory + request.memory, node.allocatable.memory) * 100);
  return `${cpu}% of CPU and ${memory}% of memory requested with the pod`;
}

/** LeastAllocated: the free share of CPU and memory once the pod is there, averaged (0–100). */
export function leastAllocated(request: Resources, node: KubeNode, use: NodeUse): number {
  return Math.floor(
    (freeShare(use.nonZeroCpu + request.cpu, node.allocatable.cpu) +
      freeShare(use.nonZeroMemory + request.memory, node.allocatable.memory)) /
      2,
  );
}

/** BalancedAllocation: 100 when CPU and memory would be used in the same proportion. */
export function balancedAllocation(request: Resources, node: KubeNode, use: NodeUse): number {
  const cpu = usedShare(use.cpu + request.cpu, node.allocatable.cpu);
  const memory = usedShare(use.memory + request.memory, node.allocatable.memory);
  return Math.floor((1 - Math.abs(cpu - memory) / 2) * 100);
}

/** PreferNoSchedule taints the pod does not tolerate; normalised so fewer scores higher. */
export function preferNoScheduleCount(pod: Pod, node: KubeNode): number {
  let count = 0;
  for (const taint of node.taints)
    if (taint.effect === 'PreferNoSchedule' && !tolerates(pod.spec.tolerations, taint)) count += 1;
  return count;
}

/** How many of a ReplicaSet's placed pods each topology domain holds, per default spread key. */
export type SpreadCounts = Map<string, Map<string | undefined, number>>;

export function spreadCounts(peers: readonly Pod[], nodeByName: ReadonlyMap<string, KubeNode>): SpreadCounts {
  const counts: SpreadCounts = new Map();
  for (const constraint of DEFAULT_SPREAD) counts.set(constraint.topologyKey, new Map());
  for (const peer of peers) countPlaced(counts, nodeByName.get(peer.nodeName ?? ''));
  return counts;
}

/** One more pod placed on `node`, for counts kept across a scheduling pass. */
export function countPlaced(counts: SpreadCounts, node: KubeNode | undefined): void {
  if (node === undefined) return;
  for (const [key, domains] of counts) {
    const domain = node.labels[key];
    domains.set(domain, (domains.get(domain) ?? 0) + 1);
  }
}

/** Distinct values of a topology label among the nodes; every node's hostname is its own. */
function domainCount(nodes: readonly KubeNode[], key: string): number {
  if (key === 'kubernetes.io/hostname') return nodes.length;
  return new Set(nodes.map((node) => node.labels[key])).size;
}

/**
 * PodTopologySpread's score for soft constraints (the built-in defaults unless the pod has its
 * own): for each, the matching pods in the node's domain, weighted by log(domains + 2), plus
 * maxSkew − 1; normalised so fewer scores higher.
 */
export function spreadScorer(
  counts: SpreadCounts,
  feasibleNodes: readonly KubeNode[],
  soft: readonly { readonly topologyKey: string; readonly maxSkew: number }[] = DEFAULT_SPREAD,
) {
  const constraints = soft.map((constraint) => {
    return {
      ...constraint,
      counts: counts.get(constraint.topologyKey) ?? new Map(),
      weight: Math.log(domainCount(feasibleNodes, constraint.topologyKey) + 2),
    };
  });
  return (node: KubeNode): number => {
    let raw = 0;
    for (const constraint of constraints)
      raw +=
        (constraint.counts.get(node.labels[constraint.topologyKey]) ?? 0) * constraint.weight +
        (constraint.maxSkew - 1);
    return raw;
  };
}

/** Fewer scores higher; a null (a node without the constraints' labels) scores 0. */
export function reverseNormalise(raw: readonly (number | null)[]): number[] {
  const scored = raw.filter((value) => value !== null);
  const max = Math.max(0, ...scored);
  const min = Math.min(...scored);
  return raw.map((value) =>
    value === null ? 0 : max === 0 ? 100 : Math.floor((100 * (max + min - value)) / max),
  );
}

/** More scores higher (NodeAffinity's preferences); all zero stays zero. */
export function normalise(raw: readonly number[]): number[] {
  const max = Math.max(0, ...raw);
  return raw.map((value) => (max === 0 ? 0 : Math.floor((100 * value) / max)));
}

export function countNormalise(raw: readonly number[]): number[] {
  const max = Math.max(0, ...raw);
  return raw.map((value) => (max === 0 ? 100 : Math.floor(100 - (value * 100) / max)));
}
