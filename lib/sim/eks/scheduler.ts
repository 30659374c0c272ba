import { nextInt, type Rng } from '../core/rng';
import { DEFAULT_SPREAD, SCORE_WEIGHTS } from './figures';
import { holdsPlace, matchesSelector, nonZeroRequests, podRequests, tolerates } from './pod-requests';
import type { KubeNode, NodeVerdict, Pod, SchedulingRecord } from './types';

/**
 * The kube-scheduler for one pod (§7.4): filter plugins in the default order remove the nodes that
 * cannot run it, each saying why in the scheduler's words; score plugins rank the rest, weighted
 * and summed; the highest total wins and a tie is broken at random. With no node left, the
 * FailedScheduling message counts the reasons: `0/3 nodes are available: 3 Insufficient memory.`
 */

interface NodeUse {
  cpu: number;
  memory: number;
  nonZeroCpu: number;
  nonZeroMemory: number;
  pods: number;
}

/** What every node already holds, from the pods bound to it. */
export function nodeUse(nodes: readonly KubeNode[], pods: readonly Pod[]): Map<string, NodeUse> {
  const use = new Map<string, NodeUse>();
  for (const node of nodes)
    use.set(node.name, { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 });
  for (const pod of pods) {
    if (!holdsPlace(pod)) continue;
    const entry = use.get(pod.nodeName ?? '');
    if (entry === undefined) continue;
    const requests = podRequests(pod.spec);
    const nonZero = nonZeroRequests(pod.spec);
    entry.cpu += requests.cpu;
    entry.memory += requests.memory;
    entry.nonZeroCpu += nonZero.cpu;
    entry.nonZeroMemory += nonZero.memory;
    entry.pods += 1;
  }
  return use;
}

type Filter = (pod: Pod, node: KubeNode, use: NodeUse) => readonly string[];

const FILTERS: readonly (readonly [string, Filter])[] = [
  [
    'NodeUnschedulable',
    (pod, node) =>
      node.unschedulable &&
      !tolerates(pod.spec.tolerations, {
        key: 'node.kubernetes.io/unschedulable',
        value: '',
        effect: 'NoSchedule',
      })
        ? ['node(s) were unschedulable']
        : [],
  ],
  [
    'NodeName',
    (pod, node) =>
      pod.spec.nodeName !== undefined && pod.spec.nodeName !== node.name
        ? ["node(s) didn't match the requested node name"]
        : [],
  ],
  [
    'TaintToleration',
    (pod, node) => {
      const untolerated = node.taints.find(
        (taint) => taint.effect !== 'PreferNoSchedule' && !tolerates(pod.spec.tolerations, taint),
      );
      return untolerated === undefined
        ? []
        : [`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value}}`];
    },
  ],
  [
    'NodeAffinity',
    (pod, node) =>
      matchesSelector(node.labels, pod.spec.nodeSelector)
        ? []
        : ["node(s) didn't match Pod's node affinity/selector"],
  ],
  [
    'NodeResourcesFit',
    (pod, node, use) => {
      const requests = podRequests(pod.spec);
      const reasons: string[] = [];
      if (use.pods + 1 > node.allocatable.pods) reasons.push('Too many pods');
      if (requests.cpu > 0 && use.cpu + requests.cpu > node.allocatable.cpu) reasons.push('Insufficient cpu');
      if (requests.memory > 0 && use.memory + requests.memory > node.allocatable.memory)
        reasons.push('Insufficient memory');
      return reasons;
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

/** The pods a spread constraint counts: same namespace, matching the owner's selector, placed, not being deleted. */
function spreadPeers(
  pod: Pod,
  pods: readonly Pod[],
  selector: Readonly<Record<string, string>> | null,
): Pod[] {
  if (selector === null) return [];
  return pods.filter(
    (other) =>
      other.namespace === pod.namespace &&
      other.nodeName !== null &&
      other.deletedAt === null &&
      holdsPlace(other) &&
      matchesSelector(other.labels, selector),
  );
}

interface ScoreInput {
  readonly pod: Pod;
  readonly node: KubeNode;
  readonly use: NodeUse;
}

function leastAllocated({ pod, node, use }: ScoreInput): number {
  const request = nonZeroRequests(pod.spec);
  const score = (requested: number, allocatable: number) =>
    allocatable <= 0 || requested > allocatable ? 0 : ((allocatable - requested) * 100) / allocatable;
  return Math.floor(
    (score(use.nonZeroCpu + request.cpu, node.allocatable.cpu) +
      score(use.nonZeroMemory + request.memory, node.allocatable.memory)) /
      2,
  );
}

function balancedAllocation({ pod, node, use }: ScoreInput): number {
  const request = podRequests(pod.spec);
  const fraction = (requested: number, allocatable: number) =>
    Math.min(1, allocatable <= 0 ? 1 : requested / allocatable);
  const cpu = fraction(use.cpu + request.cpu, node.allocatable.cpu);
  const memory = fraction(use.memory + request.memory, node.allocatable.memory);
  return Math.floor((1 - Math.abs(cpu - memory) / 2) * 100);
}

/** Raw PreferNoSchedule taints the pod does not tolerate; normalised so fewer scores higher. */
function preferNoScheduleCount({ pod, node }: ScoreInput): number {
  return node.taints.filter(
    (taint) => taint.effect === 'PreferNoSchedule' && !tolerates(pod.spec.tolerations, taint),
  ).length;
}

/**
 * PodTopologySpread with the built-in soft defaults: for each constraint, the matching pods in the
 * node's domain, weighted by log(domains + 2), plus maxSkew − 1; normalised so fewer scores higher.
 */
function spreadScorer(
  peers: readonly Pod[],
  feasibleNodes: readonly KubeNode[],
  nodeByName: ReadonlyMap<string, KubeNode>,
) {
  const constraints = DEFAULT_SPREAD.map((constraint) => {
    const counts = new Map<string | undefined, number>();
    for (const peer of peers) {
      const domain = nodeByName.get(peer.nodeName ?? '')?.labels[constraint.topologyKey];
      counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
    const domains = new Set(feasibleNodes.map((node) => node.labels[constraint.topologyKey])).size;
    return { ...constraint, counts, weight: Math.log(domains + 2) };
  });
  return (node: KubeNode): number =>
    constraints.reduce(
      (raw, constraint) =>
        raw +
        (constraint.counts.get(node.labels[constraint.topologyKey]) ?? 0) * constraint.weight +
        (constraint.maxSkew - 1),
      0,
    );
}

function reverseNormalise(raw: readonly number[]): number[] {
  const max = Math.max(0, ...raw);
  const min = Math.min(...raw);
  return raw.map((value) => (max === 0 ? 100 : Math.floor((100 * (max + min - value)) / max)));
}

function countNormalise(raw: readonly number[]): number[] {
  const max = Math.max(0, ...raw);
  return raw.map((value) => (max === 0 ? 100 : Math.floor(100 - (value * 100) / max)));
}

export interface Placement {
  readonly record: SchedulingRecord;
  readonly rng: Rng;
}

/**
 * Schedules one pod on the registered nodes, given every pod already bound. `spreadSelector` is the
 * owning ReplicaSet's selector, for the default topology spread (null for a bare pod or a DaemonSet pod).
 */
export function schedulePod(
  pod: Pod,
  nodes: readonly KubeNode[],
  pods: readonly Pod[],
  spreadSelector: Readonly<Record<string, string>> | null,
  now: number,
  rng: Rng,
  use: Map<string, NodeUse> = nodeUse(nodes, pods),
): Placement {
  const verdicts: NodeVerdict[] = [];
  const feasible: ScoreInput[] = [];
  for (const node of nodes) {
    const nodeUseNow = use.get(node.name) ?? { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 };
    let filteredBy: NodeVerdict | null = null;
    for (const [plugin, filter] of FILTERS) {
      const reasons = filter(pod, node, nodeUseNow);
      if (reasons.length > 0) {
        filteredBy = { node: node.name, filtered: true, plugin, reasons };
        break;
      }
    }
    if (filteredBy === null) feasible.push({ pod, node, use: nodeUseNow });
    else verdicts.push(filteredBy);
  }
  if (feasible.length === 0) {
    const message = failedSchedulingMessage(nodes.length, verdicts);
    return { record: { at: now, chosen: null, verdicts, message, tie: false }, rng };
  }

  const feasibleNodes = feasible.map((input) => input.node);
  const nodeByName = new Map(nodes.map((node) => [node.name, node]));
  const peers = spreadPeers(pod, pods, spreadSelector);
  const taintScores = countNormalise(feasible.map(preferNoScheduleCount));
  const spread = spreadSelector === null ? null : spreadScorer(peers, feasibleNodes, nodeByName);
  const spreadScores = spread === null ? null : reverseNormalise(feasible.map((input) => spread(input.node)));
  let best = -1;
  let bestNodes: string[] = [];
  const scored: NodeVerdict[] = feasible.map((input, index) => {
    const scores = [
      { plugin: 'NodeResourcesFit', score: leastAllocated(input), weight: SCORE_WEIGHTS.NodeResourcesFit },
      {
        plugin: 'NodeResourcesBalancedAllocation',
        score: balancedAllocation(input),
        weight: SCORE_WEIGHTS.NodeResourcesBalancedAllocation,
      },
      { plugin: 'TaintToleration', score: taintScores[index] ?? 0, weight: SCORE_WEIGHTS.TaintToleration },
      ...(spreadScores === null
        ? []
        : [
            {
              plugin: 'PodTopologySpread',
              score: spreadScores[index] ?? 0,
              weight: SCORE_WEIGHTS.PodTopologySpread,
            },
          ]),
    ];
    const total = scores.reduce((sum, entry) => sum + entry.score * entry.weight, 0);
    if (total > best) {
      best = total;
      bestNodes = [input.node.name];
    } else if (total === best) bestNodes.push(input.node.name);
    return { node: input.node.name, filtered: false, scores, total };
  });
  let chosen = bestNodes[0] ?? null;
  let next = rng;
  if (bestNodes.length > 1) {
    const [index, after] = nextInt(rng, 0, bestNodes.length - 1);
    chosen = bestNodes[index] ?? chosen;
    next = after;
  }
  return {
    record: { at: now, chosen, verdicts: [...scored, ...verdicts], message: null, tie: bestNodes.length > 1 },
    rng: next,
  };
}
