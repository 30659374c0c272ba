import { nextInt, type Rng } from '../core/rng';
import { DEFAULT_SPREAD, SCORE_WEIGHTS } from './figures';
import { failedSchedulingMessage, FILTERS, type FilterContext } from './filters';
import { preferredAffinityWeight } from './node-affinity';
import {
  balancedAllocation,
  balanceReason,
  countNormalise,
  fitReason,
  leastAllocated,
  normalise,
  preferNoScheduleCount,
  reverseNormalise,
  spreadCounts,
  spreadScorer,
  type SpreadCounts,
} from './scores';
import { holdsPlace, matchesSelector, nonZeroRequests, podRequests } from './pod-requests';
import { constraintCounts, hardSpread, softConstraints, spreadReason } from './topology-spread';
import type { KubeNode, NodeVerdict, Pod, SchedulingRecord } from './types';

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

/** One score plugin's numbers for the feasible nodes (0–100 each), its weight, and its words for a node. */
interface ScorePlugin {
  readonly plugin: string;
  readonly weight: number;
  readonly scores: readonly number[];
  readonly reason: (at: number) => string;
}

/** The score plugins that have something to say about this pod, in the default order. */
function scorePlugins(
  pod: Pod,
  input: SchedulingInput,
  feasibleNodes: readonly KubeNode[],
  loadOf: (node: KubeNode) => NodeUse,
): ScorePlugin[] {
  const { nodes, pods, spreadSelector } = input;
  const request = nonZeroRequests(pod.spec);
  const exact = podRequests(pod.spec);
  const plugins: ScorePlugin[] = [];
  const untolerated = feasibleNodes.map((node) => preferNoScheduleCount(pod, node));
  plugins.push({
    plugin: 'TaintToleration',
    weight: SCORE_WEIGHTS.TaintToleration,
    scores: countNormalise(untolerated),
    reason: (at) => {
      const count = untolerated[at] ?? 0;
      return count === 0
        ? 'no PreferNoSchedule taint it does not tolerate'
        : `${count} PreferNoSchedule taint(s) it does not tolerate`;
    },
  });
  const affinity = pod.spec.nodeAffinity;
  if (affinity !== undefined && affinity.preferred.length > 0) {
    const weights = feasibleNodes.map((node) => preferredAffinityWeight(node.labels, affinity));
    const most = Math.max(0, ...weights);
    plugins.push({
      plugin: 'NodeAffinity',
      weight: SCORE_WEIGHTS.NodeAffinity,
      scores: normalise(weights),
      reason: (at) => `matches preferred terms weighing ${weights[at] ?? 0} (the best node: ${most})`,
    });
  }
  const own = softConstraints(pod);
  if (own === null ? spreadSelector !== null : own.length > 0) {
    // The pod's own ScheduleAnyway constraints replace the built-in default spread.
    const counts =
      own === null
        ? (input.spread ??
          spreadCounts(
            spreadPeers(pod, pods, spreadSelector),
            new Map(nodes.map((node) => [node.name, node])),
          ))
        : constraintCounts(pod, nodes, pods, own);
    const constraints = own ?? DEFAULT_SPREAD;
    const raw = spreadScorer(counts, feasibleNodes, constraints);
    plugins.push({
      plugin: 'PodTopologySpread',
      weight: SCORE_WEIGHTS.PodTopologySpread,
      scores: reverseNormalise(
        feasibleNodes.map((node) =>
          own !== null && own.some((constraint) => node.labels[constraint.topologyKey] === undefined)
            ? null
            : raw(node),
        ),
      ),
      reason: (at) =>
        `${spreadReason(counts, constraints, feasibleNodes[at]!)}${own === null ? ' (built-in default spread)' : ''}`,
    });
  }
  plugins.push(
    {
      plugin: 'NodeResourcesFit',
      weight: SCORE_WEIGHTS.NodeResourcesFit,
      scores: feasibleNodes.map((node) => leastAllocated(request, node, loadOf(node))),
      reason: (at) => fitReason(request, feasibleNodes[at]!, loadOf(feasibleNodes[at]!)),
    },
    {
      plugin: 'NodeResourcesBalancedAllocation',
      weight: SCORE_WEIGHTS.NodeResourcesBalancedAllocation,
      scores: feasibleNodes.map((node) => balancedAllocation(exact, node, loadOf(node))),
      reason: (at) => balanceReason(exact, feasibleNodes[at]!, loadOf(feasibleNodes[at]!)),
    },
  );
  return plugins;
}

/** Schedules one pod on the registered nodes, given every pod already bound. */
export function schedulePod(pod: Pod, input: SchedulingInput): Placement {
  const { nodes, pods, now, rng } = input;
  const use = input.use ?? nodeUse(nodes, pods);
  const verdicts: NodeVerdict[] = [];
  const feasible: number[] = [];
  const empty: NodeUse = { cpu: 0, memory: 0, nonZeroCpu: 0, nonZeroMemory: 0, pods: 0 };
  const loadOf = (node: KubeNode) => use.get(node.name) ?? empty;
  const context: FilterContext = { requests: podRequests(pod.spec), spread: hardSpread(pod, nodes, pods) };
  nodes.forEach((node, index) => {
    for (const [plugin, filter] of FILTERS) {
      const reasons = filter(pod, node, loadOf(node), context);
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
  const feasibleNodes = feasible.map((index) => nodes[index]!);
  const plugins = scorePlugins(pod, input, feasibleNodes, loadOf);
  const totals = feasible.map((_, at) =>
    plugins.reduce((sum, plugin) => sum + (plugin.scores[at] ?? 0) * plugin.weight, 0),
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
    scores: plugins.map((plugin) => ({
      plugin: plugin.plugin,
      score: plugin.scores[at] ?? 0,
      weight: plugin.weight,
      reason: plugin.reason(at),
    })),
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
