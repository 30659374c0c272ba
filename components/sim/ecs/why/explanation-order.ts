import type { ExplanationRow } from '@/lib/sim/ecs/placement/explain';

function group(row: ExplanationRow): number {
  if (row.verdict === 'chosen') return 0;
  return row.verdict === 'ranked' ? 1 : 2;
}

/**
 * Rows in reading order: the chosen instance, then the others by rank, then the filtered ones.
 * The sort is stable, so ties keep the engine's candidate order.
 */
export function orderExplanation(rows: readonly ExplanationRow[]): ExplanationRow[] {
  return [...rows].sort((a, b) => group(a) - group(b) || (a.rank ?? 0) - (b.rank ?? 0));
}

/** The row's verdict in words: "chosen", "ranked 2", "filtered". */
export function verdictWord(row: ExplanationRow): string {
  if (row.verdict === 'chosen') return 'chosen';
  if (row.verdict === 'ranked') return `ranked ${row.rank ?? 1}`;
  return 'filtered';
}
