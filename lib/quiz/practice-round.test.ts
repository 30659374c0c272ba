import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { DEFAULT_FILTER } from './practice';
import { advance, currentId, isOver, missedIds, recordResult, startRound } from './practice-round';
import { restoreRound } from './restore-round';

const known = new Set(['a/1', 'a/2', 'b/1']);

describe('a practice round', () => {
  it('walks its questions, keeps the first answer to each, and lists the misses', () => {
    let round = startRound(DEFAULT_FILTER, ['a/1', 'a/2', 'b/1'])!;
    expect(currentId(round)).toBe('a/1');
    round = recordResult(round, 'a/1', false);
    round = recordResult(round, 'a/1', true);
    expect(round.results['a/1']).toBe(false);
    round = advance(recordResult(advance(recordResult(advance(round), 'a/2', true)), 'b/1', false));
    expect(isOver(round)).toBe(true);
    expect(currentId(round)).toBeUndefined();
    expect(missedIds(round)).toEqual(['a/1', 'b/1']);
    expect(advance(round).position).toBe(3);
  });
});

describe('startRound', () => {
  it('refuses an empty round, and marks a round of given questions as a list', () => {
    expect(startRound(DEFAULT_FILTER, [])).toBeNull();
    expect(startRound(DEFAULT_FILTER, ['a/1'], 'list')?.source).toBe('list');
  });
});

describe('restoreRound', () => {
  it('gives back a saved round', () => {
    const round = recordResult(startRound(DEFAULT_FILTER, ['a/1', 'b/1'])!, 'a/1', true);
    expect(restoreRound(JSON.stringify(round), known)).toEqual({ kind: 'ok', value: round });
    expect(restoreRound(null, known)).toEqual({ kind: 'none' });
  });

  it('says what is wrong with a damaged or outdated round', () => {
    const round = startRound(DEFAULT_FILTER, ['a/1'])!;
    expect(restoreRound('{"version":1', known)).toEqual({ kind: 'unreadable', reason: 'the saved round is not valid JSON' });
    expect(restoreRound(JSON.stringify({ ...round, position: 4 }), known)).toEqual({
      kind: 'unreadable',
      reason: 'the saved round does not fit its format (position: position is past the last question)',
    });
    expect(restoreRound(JSON.stringify({ ...round, ids: ['gone/1'] }), known)).toEqual({
      kind: 'unreadable',
      reason: 'the course no longer has question "gone/1"',
    });
  });

  it('refuses a filter with a size or pool practice does not offer', () => {
    const round = startRound(DEFAULT_FILTER, ['a/1'])!;
    for (const filter of [{ ...DEFAULT_FILTER, size: 7 }, { ...DEFAULT_FILTER, pool: 'flagged' }]) {
      expect(restoreRound(JSON.stringify({ ...round, filter }), known).kind).toBe('unreadable');
    }
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const restored = restoreRound(text, known);
        expect(['none', 'ok', 'unreadable']).toContain(restored.kind);
      }),
      { numRuns: fuzzRuns() },
    );
  });
});
