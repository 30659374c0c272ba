import type { Rng } from '../../core/rng';
import { planChecks, stageOf } from './checks';
import { CHECKS, PASSED, type Candidate, type CheckName, type PlacementRequest } from './placement-types';
import { placeTasks } from './place-tasks';
import { bestTied, effectiveStrategies, rankKeys, scoreOf, type RankKey } from './rank';
import { filteredWhy, keyWhy } from './why';
import { openWork, type Work } from './work';

/** One container instance in the answer to "Why this host?". */
export interface ExplanationRow {
  readonly containerInstanceId: string;
  readonly ec2InstanceId: string;
  /** `ecs.availability-zone`, or '' when the instance does not report it. */
  readonly az: string;
  readonly verdict: 'chosen' | 'ranked' | 'filtered';
  /** The first check of §4.1 the instance failed. */
  readonly filteredBy?: CheckName;
  /** Ranked instances: 1 is best; instances tied on every strategy share a rank. */
  readonly rank?: number;
  /** Plain words, e.g. "1,024 MiB left, the task needs 2,048 MiB". */
  readonly why: string;
}

function ranks(keys: readonly RankKey[], scores: readonly (readonly number[])[]): number[] {
  const order = scores.map((_, i) => i);
  const compare = (a: number, b: number): number => {
    for (let k = 0; k < keys.length; k += 1) {
      const diff = (scores[a]?.[k] ?? 0) - (scores[b]?.[k] ?? 0);
      if (diff !== 0) return diff;
    }
    return 0;
  };
  order.sort(compare);
  const rank = new Array<number>(scores.length).fill(1);
  order.forEach((row, position) => {
    const previous = order[position - 1];
    rank[row] = previous !== undefined && compare(previous, row) === 0 ? (rank[previous] ?? 1) : position + 1;
  });
  return rank;
}

/** For each strategy, the best score among instances tied on every strategy before it. */
function bestAmongPeers(scores: readonly (readonly number[])[], keyCount: number): Map<string, number>[] {
  return Array.from({ length: keyCount }, (_, k) => {
    const best = new Map<string, number>();
    for (const row of scores) {
      const prefix = row.slice(0, k).join(',');
      best.set(prefix, Math.min(best.get(prefix) ?? Infinity, row[k] ?? 0));
    }
    return best;
  });
}

/** The words for a ranked instance: each strategy up to the first one it loses on. */
function rankedWhy(
  keys: readonly RankKey[],
  request: PlacementRequest,
  index: number,
  mine: readonly number[],
  peers: readonly Map<string, number>[],
): string {
  const parts: string[] = [];
  for (let k = 0; k < keys.length; k += 1) {
    const key = keys[k] as RankKey;
    if (key.kind === 'random') {
      parts.push(keyWhy(key, request, index, 0, 0));
      break;
    }
    const score = mine[k] ?? 0;
    const best = peers[k]?.get(mine.slice(0, k).join(',')) ?? score;
    parts.push(keyWhy(key, request, index, score, best));
    if (score !== best) break;
  }
  return parts.length === 0 ? 'it meets every requirement' : parts.join('; then ');
}

/**
 * Explains where the next task of `request` would go (its `count` is ignored): one row per
 * candidate, in candidate order. Filtered instances name the first check of §4.1 they fail;
 * the others are ranked by the strategies (or the default for the request's kind). The chosen
 * instance is the one `placeTasks` would pick with `rng`; without it, the first best-ranked one.
 * Computed on demand, never stored.
 */
export function explainPlacement(
  candidates: readonly Candidate[],
  request: PlacementRequest,
  rng?: Rng,
): ExplanationRow[] {
  const work: Work = openWork(candidates, request);
  const plan = planChecks(work, request);
  const keys = rankKeys(work, effectiveStrategies(request));
  const stages = candidates.map((_, index) => stageOf(plan, work, index));
  const feasible = stages.flatMap((stage, index) => (stage === PASSED ? [index] : []));
  const scoring = keys.filter((key) => key.kind !== 'random');
  const scores = feasible.map((index) => scoring.map((key) => scoreOf(key, work, index, request.needs)));
  const rankOf = ranks(scoring, scores);
  const peers = bestAmongPeers(scores, scoring.length);
  const list = Int32Array.from(feasible);
  const tied = bestTied(keys, work, list, list.length, [
    new Int32Array(list.length),
    new Int32Array(list.length),
  ]);
  // With a PRNG, ask placeTasks itself, so the answer is the instance the task really went to.
  const chosenId =
    rng === undefined ? undefined : placeTasks(candidates, { ...request, count: 1 }, rng).placed[0];
  const chosen =
    rng === undefined ? (tied.list[0] ?? -1) : candidates.findIndex((c) => c.instance.id === chosenId);
  const rowOf = new Map(feasible.map((index, row) => [index, row]));

  return candidates.map((candidate, index) => {
    const base = {
      containerInstanceId: candidate.instance.id,
      ec2InstanceId: candidate.instance.ec2InstanceId,
      az: candidate.instance.attributes['ecs.availability-zone'] ?? '',
    };
    const stage = stages[index] ?? PASSED;
    if (stage !== PASSED) {
      return {
        ...base,
        verdict: 'filtered',
        filteredBy: CHECKS[stage],
        why: filteredWhy(plan, work, index, stage),
      };
    }
    const row = rowOf.get(index) ?? 0;
    const rank = rankOf[row] ?? 1;
    let why = rankedWhy(keys, request, index, scores[row] ?? [], peers);
    if (index === chosen && tied.length > 1) {
      why += `; tied with ${tied.length - 1} other instance${tied.length === 2 ? '' : 's'}, picked at random`;
    } else if (index !== chosen && rank === 1) {
      why += '; tied for first, another was picked at random';
    }
    return { ...base, verdict: index === chosen ? 'chosen' : 'ranked', rank, why };
  });
}
