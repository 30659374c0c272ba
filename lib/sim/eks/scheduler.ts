import { nextInt, type Rng } from '../core/rng';
import { SCORE_WEIGHTS } from './figures';
import {
  balancedAllocation,
  countNormalise,
  leastAllocated,
  preferNoScheduleCount,
  reverseNormalise,
  spreadCounts,
  spreadScorer,
  type SpreadCounts,
} from './scores';
import { holdsPlace, matchesSelector, nonZeroRequests, podRequests, tolerates } from './pod-requests';
import type { KubeNode, NodeVerdict, Pod, Resources, SchedulingRecord } from './types';

/**
 * The kube-scheduler for one pod (§7.4): filter plugins in the default order remove the nodes that
 * cannot run it, each saying why in the scheduler's words; score plugins rank the rest, weighted
 * and summed; the highest total wins and a tie is broken at random. With no node left, the
 * FailedScheduling message counts the reasons: `0/3 nodes are available: 3 Insufficient memory.`
 */

export interface NodeUse {
  cpu: number;
  memory: number;
  nonZeroCpu: number;
  nonZeroMemory: number;
  pods: number;
}

/** One more pod's requests on a node's tally. */
export function addToUse(entry: NodeUse | undefined, pod: Pod): void {
  if (entry === undefined) return;
  const requests = podRequests(pod.spec);
  const nonZero = nonZeroRequests(pod.spec);
  entry.cpu += requests.cpu;
  entry.memory += requests.memory;
  entry.nonZeroCpu += nonZero.cpu;
  entry.nonZeroMemory += nonZero.memory;
  entry.pods += 1;
}

/** What every node already holds, from the pods bound to it. */
export function nodeUse(nodes: readonly KubeNode[], pods: readonly Pod[]): Map<string, NodeUse> {
  const use = new Map<string, NodeUse>();
  for (const node of nodes)
    use.set(node.name, { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 });
  for (const pod of pods) {
    if (!holdsPlace(pod)) continue;
    addToUse(use.get(pod.nodeName ?? ''), pod);
  }
  return use;
}

type Filter = (pod: Pod, node: KubeNode, use: NodeUse, requests: Resources) => readonly string[];

const NONE: readonly string[] = [];

const UNSCHEDULABLE_TAINT = {
  key: 'node.kubernetes.io/unschedulable',
  value: '',
  effect: 'NoSchedule',
} as const;

// Each filter returns the shared NONE when the node passes: it runs for every node for every pod.
const FILTERS: readonly (readonly [string, Filter])[] = [
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
    'NodeAffinity',
    (pod, node) =>
      matchesSelector(node.labels, pod.spec.nodeSelector)
        ? NONE
        : ["node(s) didn't match Pod's node affinity/selector"],
  ],
  [
    'NodeResourcesFit',
    (_pod, node, use, requests) => {
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
export function spreadPeers(
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

export interface Placement {
  readonly record: SchedulingRecord;
  readonly rng: Rng;
}

export interface SchedulingInput {
  readonly nodes: readonly KubeNode[];
  /** Every pod, the bound ones holding their places. */
  readonly pods: readonly Pod[];
  /** The owning ReplicaSet's selector, for the default topology spread (null for a bare or DaemonSet pod). */
  readonly spreadSelector: Readonly<Record<string, string>> | null;
  readonly now: number;
  readonly rng: Rng;
  /** What each node holds, when the caller keeps it up to date across many pods. */
  readonly use?: Map<string, NodeUse>;
  /** The spread's counts, when the caller keeps them across pods (else counted from `pods`). */
  readonly spread?: SpreadCounts;
}

/**
 * Beyond this many nodes a record keeps the chosen node, the best-scored others and a sample of
 * the filtered ones: the picture explains a few nodes, and a 1,000-node cluster must stay light.
 */
export const RECORDED_NODES = 60;

/** The indexes of the `count` highest totals (besides `skip`), best first. */
function topIndexes(totals: readonly number[], count: number, skip: number): number[] {
  const top: number[] = [];
  for (let index = 0; index < totals.length; index += 1) {
    if (index === skip) continue;
    let at = top.length;
    while (at > 0 && (totals[top[at - 1] ?? 0] ?? 0) < (totals[index] ?? 0)) at -= 1;
    if (at < count) {
      top.splice(at, 0, index);
      if (top.length > count) top.pop();
    }
  }
  return top;
}

/** Schedules one pod on the registered nodes, given every pod already bound. */
export function schedulePod(pod: Pod, input: SchedulingInput): Placement {
  const { nodes, pods, spreadSelector, now, rng } = input;
  const use = input.use ?? nodeUse(nodes, pods);
  const verdicts: NodeVerdict[] = [];
  const feasible: number[] = [];
  const empty: NodeUse = { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 };
  const loadOf = (index: number) => use.get(nodes[index]?.name ?? '') ?? empty;
  const requests = podRequests(pod.spec);
  nodes.forEach((node, index) => {
    for (const [plugin, filter] of FILTERS) {
      const reasons = filter(pod, node, loadOf(index), requests);
      if (reasons.length > 0) {
        verdicts.push({ node: node.name, filtered: true, plugin, reasons });
        return;
      }
    }
    feasible.push(index);
  });
  const recordAll = nodes.length <= RECORDED_NODES;
  if (feasible.length === 0) {
    const message = failedSchedulingMessage(nodes.length, verdicts);
    const kept = recordAll ? verdicts : verdicts.slice(0, RECORDED_NODES);
    return {
      record: {
        at: now,
        chosen: null,
        verdicts: kept,
        omitted: verdicts.length - kept.length,
        message,
        tie: false,
      },
      rng,
    };
  }

  // Scores as plain numbers first: a verdict object is made only for the nodes the record keeps.
  const request = nonZeroRequests(pod.spec);
  const exact = podRequests(pod.spec);
  const fit = feasible.map((index) => leastAllocated(request, nodes[index]!, loadOf(index)));
  const balanced = feasible.map((index) => balancedAllocation(exact, nodes[index]!, loadOf(index)));
  const taint = countNormalise(feasible.map((index) => preferNoScheduleCount(pod, nodes[index]!)));
  const feasibleNodes = feasible.map((index) => nodes[index]!);
  const counts =
    spreadSelector === null
      ? null
      : (input.spread ??
        spreadCounts(
          spreadPeers(pod, pods, spreadSelector),
          new Map(nodes.map((node) => [node.name, node])),
        ));
  const spreadRaw = counts === null ? null : spreadScorer(counts, feasibleNodes);
  const spread = spreadRaw === null ? null : reverseNormalise(feasibleNodes.map(spreadRaw));
  const totals = feasible.map(
    (_, at) =>
      (fit[at] ?? 0) * SCORE_WEIGHTS.NodeResourcesFit +
      (balanced[at] ?? 0) * SCORE_WEIGHTS.NodeResourcesBalancedAllocation +
      (taint[at] ?? 0) * SCORE_WEIGHTS.TaintToleration +
      (spread === null ? 0 : (spread[at] ?? 0) * SCORE_WEIGHTS.PodTopologySpread),
  );
  const best = Math.max(...totals);
  const tied: number[] = [];
  for (let at = 0; at < totals.length; at += 1) if (totals[at] === best) tied.push(at);
  let chosenAt = tied[0] ?? 0;
  let next = rng;
  if (tied.length > 1) {
    const [pick, after] = nextInt(rng, 0, tied.length - 1);
    chosenAt = tied[pick] ?? chosenAt;
    next = after;
  }
  const verdictAt = (at: number): NodeVerdict => ({
    node: feasibleNodes[at]?.name ?? '',
    filtered: false,
    scores: [
      { plugin: 'NodeResourcesFit', score: fit[at] ?? 0, weight: SCORE_WEIGHTS.NodeResourcesFit },
      {
        plugin: 'NodeResourcesBalancedAllocation',
        score: balanced[at] ?? 0,
        weight: SCORE_WEIGHTS.NodeResourcesBalancedAllocation,
      },
      { plugin: 'TaintToleration', score: taint[at] ?? 0, weight: SCORE_WEIGHTS.TaintToleration },
      ...(spread === null
        ? []
        : [{ plugin: 'PodTopologySpread', score: spread[at] ?? 0, weight: SCORE_WEIGHTS.PodTopologySpread }]),
    ],
    total: totals[at] ?? 0,
  });
  const keptScored = recordAll
    ? feasible.map((_, at) => verdictAt(at))
    : [chosenAt, ...topIndexes(totals, 9, chosenAt)].map(verdictAt);
  const keptFiltered = recordAll ? verdicts : verdicts.slice(0, 10);
  const kept = [...keptScored, ...keptFiltered];
  const chosen = feasibleNodes[chosenAt]?.name ?? null;
  return {
    record: {
      at: now,
      chosen,
      verdicts: kept,
      omitted: nodes.length - kept.length,
      message: null,
      tie: tied.length > 1,
    },
    rng: next,
  };
}
