import { PASSED } from './placement-types';
import type { RankKey } from './rank';

/**
 * The instances that can take the next task, kept as a dense list (swap-remove) so each placement
 * only scans survivors. When the first strategy spreads over an attribute (the service default:
 * AZs), survivors are also listed per value, so picking the least-loaded AZ costs one look per
 * value instead of one per instance: the default path of the 10,000-task benchmark.
 */
export interface FeasibleSet {
  readonly list: Int32Array;
  size: number;
  /** Position of each candidate in `list`, or -1. */
  readonly slot: Int32Array;
  readonly buckets: {
    readonly key: Extract<RankKey, { kind: 'spread-attribute' }>;
    readonly members: Int32Array[];
    readonly sizes: Int32Array;
    readonly slot: Int32Array;
    /** Room for the union of several least-loaded values. */
    readonly union: Int32Array;
  } | null;
}

export function openFeasible(stages: ArrayLike<number>, first: RankKey | undefined): FeasibleSet {
  const n = stages.length;
  const set: FeasibleSet = {
    list: new Int32Array(n),
    size: 0,
    slot: new Int32Array(n).fill(-1),
    buckets: null,
  };
  for (let index = 0; index < n; index += 1) {
    if (stages[index] !== PASSED) continue;
    set.list[set.size] = index;
    set.slot[index] = set.size;
    set.size += 1;
  }
  if (first?.kind !== 'spread-attribute') return set;
  const capacity = new Int32Array(first.values.length);
  for (const bucket of first.bucketOf) capacity[bucket] = (capacity[bucket] ?? 0) + 1;
  const buckets = {
    key: first,
    members: Array.from(capacity, (room) => new Int32Array(room)),
    sizes: new Int32Array(first.values.length),
    slot: new Int32Array(n).fill(-1),
    union: new Int32Array(n),
  };
  for (let position = 0; position < set.size; position += 1) {
    const index = set.list[position] ?? 0;
    const bucket = first.bucketOf[index] ?? 0;
    const size = buckets.sizes[bucket] ?? 0;
    (buckets.members[bucket] as Int32Array)[size] = index;
    buckets.slot[index] = size;
    buckets.sizes[bucket] = size + 1;
  }
  return { ...set, buckets };
}

/** Takes candidate `index` out of the set (it can take no more tasks). */
export function removeFeasible(set: FeasibleSet, index: number): void {
  const at = set.slot[index] ?? -1;
  if (at < 0) return;
  const last = set.list[set.size - 1] ?? 0;
  set.list[at] = last;
  set.slot[last] = at;
  set.slot[index] = -1;
  set.size -= 1;
  const buckets = set.buckets;
  if (buckets === null) return;
  const bucket = buckets.key.bucketOf[index] ?? 0;
  const members = buckets.members[bucket] as Int32Array;
  const size = (buckets.sizes[bucket] ?? 1) - 1;
  const position = buckets.slot[index] ?? 0;
  const moved = members[size] ?? 0;
  members[position] = moved;
  buckets.slot[moved] = position;
  buckets.slot[index] = -1;
  buckets.sizes[bucket] = size;
}

/**
 * The survivors of the first strategy when it spreads over an attribute: the members of the
 * values with the fewest of the group's tasks. Null when the set has no per-value lists.
 */
export function leastLoaded(set: FeasibleSet): { list: Int32Array; length: number } | null {
  const buckets = set.buckets;
  if (buckets === null) return null;
  const { counts } = buckets.key;
  let min = Infinity;
  let ties = 0;
  let only = -1;
  for (let bucket = 0; bucket < buckets.sizes.length; bucket += 1) {
    if ((buckets.sizes[bucket] ?? 0) === 0) continue;
    const count = counts[bucket] ?? 0;
    if (count < min) {
      min = count;
      ties = 1;
      only = bucket;
    } else if (count === min) ties += 1;
  }
  if (ties <= 1)
    return {
      list: buckets.members[only] ?? buckets.union,
      length: only < 0 ? 0 : (buckets.sizes[only] ?? 0),
    };
  let length = 0;
  for (let bucket = 0; bucket < buckets.sizes.length; bucket += 1) {
    const size = buckets.sizes[bucket] ?? 0;
    if (size === 0 || counts[bucket] !== min) continue;
    buckets.union.set((buckets.members[bucket] as Int32Array).subarray(0, size), length);
    length += size;
  }
  return { list: buckets.union, length };
}
