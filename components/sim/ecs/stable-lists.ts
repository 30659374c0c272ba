/**
 * Keeps list identity across ticks: the engine replaces only the tasks that changed (world.ts), so
 * a list whose elements are all the same objects as last time is returned as last time's array.
 * Memoised instance cards and Fargate areas then skip re-rendering on a tick that left them alone.
 */
export function createListKeeper<T>() {
  let previous = new Map<string, readonly T[]>();
  let current = new Map<string, readonly T[]>();
  return {
    keep(key: string, list: readonly T[]): readonly T[] {
      const before = previous.get(key);
      const kept = before !== undefined && sameItems(before, list) ? before : list;
      current.set(key, kept);
      return kept;
    },
    /** Ends one build: lists not asked for this time are forgotten. */
    commit(): void {
      previous = current;
      current = new Map();
    },
  };
}

export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
