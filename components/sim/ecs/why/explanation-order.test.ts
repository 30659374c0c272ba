import { describe, expect, it } from 'vitest';
import type { ExplanationRow } from '@/lib/sim/ecs/placement/explain';
import { orderExplanation, verdictWord } from './explanation-order';

const row = (id: string, verdict: ExplanationRow['verdict'], rank?: number): ExplanationRow => ({
  containerInstanceId: id,
  ec2InstanceId: `i-${id}`,
  az: 'us-east-1a',
  verdict,
  ...(rank === undefined ? { filteredBy: 'MEMORY' as const } : { rank }),
  why: '',
});

describe('orderExplanation', () => {
  it('puts the chosen instance first, then the others by rank, then the filtered ones', () => {
    const rows = [
      row('f1', 'filtered'),
      row('r3', 'ranked', 3),
      row('r2', 'ranked', 2),
      row('c', 'chosen', 1),
      row('f2', 'filtered'),
    ];
    expect(orderExplanation(rows).map((r) => r.containerInstanceId)).toEqual(['c', 'r2', 'r3', 'f1', 'f2']);
  });

  it('keeps instances tied on rank in the engine’s order', () => {
    const rows = [row('b', 'ranked', 1), row('a', 'ranked', 1), row('c', 'chosen', 1)];
    expect(orderExplanation(rows).map((r) => r.containerInstanceId)).toEqual(['c', 'b', 'a']);
  });
});

describe('verdictWord', () => {
  it('says chosen, ranked N or filtered', () => {
    expect(verdictWord(row('c', 'chosen', 1))).toBe('chosen');
    expect(verdictWord(row('r', 'ranked', 2))).toBe('ranked 2');
    expect(verdictWord(row('f', 'filtered'))).toBe('filtered');
  });
});
