import { nextInt, type Rng } from '../../core/rng';
import type { PlacementStrategy } from '../types';
import type { PlacementRequest } from './placement-types';
import type { Work } from './work';

/**
 * Strategies (§4.2) as ranking keys. Every key scores an instance so that lower is better; a
 * chain of keys is applied in order, each keeping only the instances tied at the best score of
 * the one before ("each one refines the ranking"), and the PRNG breaks what is still tied.
 *
 * - `spread` on `attribute:NAME`: the number of the group's tasks (the service's, for services)
 *   on instances with the same value. Instances without the attribute share one "(none)" value.
 * - `spread` on `instanceId` / `host`: the group's (service's) tasks on the instance itself.
 * - `binpack` on `cpu` / `memory` (any case): what the instance would have left afterwards.
 * - `random`: stops the chain; the tie-break then picks uniformly among what is left.
 */
export type RankKey =
  | {
      readonly kind: 'spread-attribute';
      readonly field: string;
      readonly attribute: string;
      /** Per candidate: index of its attribute value in `values`. */
      readonly bucketOf: Int32Array;
      readonly values: readonly string[];
      /** Per value: the group's (service's) tasks on instances with it; updated as tasks land. */
      readonly counts: Int32Array;
    }
  | { readonly kind: 'spread-instance'; readonly field: string }
  | { readonly kind: 'binpack'; readonly resource: 'cpu' | 'memory' }
  | { readonly kind: 'random' };

/** §4.2: services spread over AZs, then over instances by their tasks of the service. */
export const DEFAULT_SERVICE_STRATEGIES: readonly PlacementStrategy[] = [
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'spread', field: 'instanceId' },
];

/** §4.2: RunTask's default is a random-like distribution. */
export const DEFAULT_STANDALONE_STRATEGIES: readonly PlacementStrategy[] = [{ type: 'random' }];

export const NO_VALUE = '(none)';

export function effectiveStrategies(
  request: Pick<PlacementRequest, 'strategies' | 'kind'>,
): readonly PlacementStrategy[] {
  if (request.strategies.length > 0) return request.strategies;
  return request.kind === 'service' ? DEFAULT_SERVICE_STRATEGIES : DEFAULT_STANDALONE_STRATEGIES;
}

/** Buckets candidates by an attribute's value and counts the group's tasks per value. */
export function bucketsFor(
  work: Pick<Work, 'candidates' | 'spreadTasks'>,
  attribute: string,
): { bucketOf: Int32Array; values: string[]; counts: Int32Array } {
  const index = new Map<string, number>();
  const values: string[] = [];
  const bucketOf = new Int32Array(work.candidates.length);
  work.candidates.forEach((candidate, i) => {
    const value = candidate.instance.attributes[attribute] ?? NO_VALUE;
    let bucket = index.get(value);
    if (bucket === undefined) {
      bucket = values.length;
      index.set(value, bucket);
      values.push(value);
    }
    bucketOf[i] = bucket;
  });
  const counts = new Int32Array(values.length);
  bucketOf.forEach((bucket, i) => {
    counts[bucket] = (counts[bucket] ?? 0) + (work.spreadTasks[i] ?? 0);
  });
  return { bucketOf, values, counts };
}

/** The keys for a strategy list; strategies validatePlacement would refuse are skipped. */
export function rankKeys(work: Work, strategies: readonly PlacementStrategy[]): RankKey[] {
  const keys: RankKey[] = [];
  for (const strategy of strategies) {
    const field = strategy.field ?? '';
    if (strategy.type === 'random') {
      keys.push({ kind: 'random' });
      break;
    }
    if (strategy.type === 'binpack') {
      const resource = field.toLowerCase();
      if (resource === 'cpu' || resource === 'memory') keys.push({ kind: 'binpack', resource });
    } else if (strategy.type === 'spread') {
      if (field === 'instanceId' || field === 'host') keys.push({ kind: 'spread-instance', field });
      else if (field.startsWith('attribute:') && field.length > 'attribute:'.length) {
        const attribute = field.slice('attribute:'.length);
        keys.push({ kind: 'spread-attribute', field, attribute, ...bucketsFor(work, attribute) });
      }
    }
  }
  return keys;
}

/** The score of candidate `index` under `key`: lower is better. */
export function scoreOf(
  key: RankKey,
  work: Work,
  index: number,
  needs: { cpu: number; memory: number },
): number {
  switch (key.kind) {
    case 'spread-attribute':
      return key.counts[key.bucketOf[index] ?? 0] ?? 0;
    case 'spread-instance':
      return work.spreadTasks[index] ?? 0;
    case 'binpack':
      return key.resource === 'cpu'
        ? (work.remainingCpu[index] ?? 0) - needs.cpu
        : (work.remainingMemory[index] ?? 0) - needs.memory;
    case 'random':
      return 0;
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

/** Counts one more task of the group on candidate `index` in the spread buckets. */
export function countPlacement(keys: readonly RankKey[], index: number): void {
  for (const key of keys) {
    if (key.kind === 'spread-attribute') {
      const bucket = key.bucketOf[index] ?? 0;
      key.counts[bucket] = (key.counts[bucket] ?? 0) + 1;
    }
  }
}

// Three copies of one loop, each over a single array type, keep the hot paths monomorphic.

function narrowByBucket(
  counts: Int32Array,
  bucketOf: Int32Array,
  list: Int32Array,
  size: number,
  out: Int32Array,
): number {
  let kept = 0;
  let min = Infinity;
  for (let j = 0; j < size; j += 1) {
    const index = list[j] as number;
    const score = counts[bucketOf[index] as number] as number;
    if (score < min) {
      min = score;
      kept = 0;
    }
    if (score === min) out[kept++] = index;
  }
  return kept;
}

/** Keeps the entries of `list` with the lowest score (a task count, or CPU units or MiB left). */
function narrowByScore(
  scores: Int32Array | Float64Array,
  list: Int32Array,
  size: number,
  out: Int32Array,
): number {
  let kept = 0;
  let min = Infinity;
  for (let j = 0; j < size; j += 1) {
    const index = list[j] as number;
    const score = scores[index] as number;
    if (score < min) {
      min = score;
      kept = 0;
    }
    if (score === min) out[kept++] = index;
  }
  return kept;
}

/**
 * Narrows `list[0..length)` through the keys and returns the survivors (in a scratch buffer, or
 * `list` when no key applied). One pass per key, specialised per kind and allocation-free: this is
 * the inner loop of the 10,000-task benchmark.
 */
export function bestTied(
  keys: readonly RankKey[],
  work: Work,
  list: Int32Array,
  length: number,
  scratch: readonly [Int32Array, Int32Array],
): { list: Int32Array; length: number } {
  let current = list;
  let size = length;
  let flip = 0;
  for (const key of keys) {
    if (key.kind === 'random' || size <= 1) break;
    const out = scratch[flip] as Int32Array;
    flip = 1 - flip;
    let kept = 0;
    if (key.kind === 'spread-attribute') kept = narrowByBucket(key.counts, key.bucketOf, current, size, out);
    else if (key.kind === 'spread-instance') kept = narrowByScore(work.spreadTasks, current, size, out);
    // Binpack compares what is left now: subtracting the task's constant needs changes no order.
    else
      kept = narrowByScore(
        key.resource === 'cpu' ? work.remainingCpu : work.remainingMemory,
        current,
        size,
        out,
      );
    current = out;
    size = kept;
  }
  return { list: current, length: size };
}

/** Picks one of the tied candidates with the PRNG (no draw when there is only one). */
export function breakTie(list: Int32Array, length: number, rng: Rng): { index: number; rng: Rng } {
  if (length <= 1) return { index: list[0] ?? -1, rng };
  const [pick, next] = nextInt(rng, 0, length - 1);
  return { index: list[pick] ?? -1, rng: next };
}
