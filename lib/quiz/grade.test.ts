import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { gradeResponse, initialResponse, isComplete, shuffleStable } from './grade';
import type { Question } from '@/lib/content/schemas';

const base = {
  skill: 's',
  section: 'x',
  difficulty: 'easy' as const,
  coverage: [1],
  stem: 'Which one is right?',
};
const option = (id: string) => ({ id, text: id, explanation: 'because of reasons' });

describe('gradeResponse', () => {
  it('accepts the single right option and rejects any other', () => {
    const question: Question = {
      ...base,
      id: 'l/q',
      kind: 'single',
      options: ['a', 'b', 'c'].map(option),
      answer: 'b',
    };
    expect(gradeResponse(question, { kind: 'single', choice: 'b' }).correct).toBe(true);
    expect(gradeResponse(question, { kind: 'single', choice: 'a' }).correct).toBe(false);
  });

  it('needs exactly the right set for "choose two", in any order', () => {
    const question: Question = {
      ...base,
      id: 'l/q',
      kind: 'multiple',
      options: ['a', 'b', 'c', 'd'].map(option),
      answer: ['a', 'c'],
    };
    expect(gradeResponse(question, { kind: 'multiple', choices: ['c', 'a'] }).correct).toBe(true);
    expect(gradeResponse(question, { kind: 'multiple', choices: ['a'] }).correct).toBe(false);
    expect(gradeResponse(question, { kind: 'multiple', choices: ['a', 'c', 'd'] }).correct).toBe(false);
  });

  it('expects the options in the order they are listed for ordering questions', () => {
    const question: Question = {
      ...base,
      id: 'l/q',
      kind: 'ordering',
      options: ['a', 'b', 'c'].map(option),
      explanation: 'chronological order',
    };
    expect(gradeResponse(question, { kind: 'ordering', order: ['a', 'b', 'c'] }).correct).toBe(true);
    expect(gradeResponse(question, { kind: 'ordering', order: ['b', 'a', 'c'] }).correct).toBe(false);
  });

  it('accepts a value within the tolerance and rejects NaN', () => {
    const question: Question = {
      ...base,
      id: 'l/q',
      kind: 'value',
      answer: 31,
      tolerance: 1,
      explanation: '64 GiB / 2 GiB less the hypervisor',
    };
    expect(gradeResponse(question, { kind: 'value', value: 30 }).correct).toBe(true);
    expect(gradeResponse(question, { kind: 'value', value: 33 }).correct).toBe(false);
    expect(gradeResponse(question, { kind: 'value', value: Number.NaN }).correct).toBe(false);
  });
});

describe('shuffleStable', () => {
  it('is a permutation that depends only on the key', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, key) => {
        const once = shuffleStable(items, key);
        expect(once).toEqual(shuffleStable(items, key));
        expect([...once].sort()).toEqual([...items].sort());
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('isComplete', () => {
  it('needs exactly as many choices as a "choose two" question has answers', () => {
    const question: Question = {
      ...base,
      id: 'l/q',
      kind: 'multiple',
      options: ['a', 'b', 'c', 'd'].map(option),
      answer: ['a', 'c'],
    };
    expect(isComplete(question, initialResponse(question))).toBe(false);
    expect(isComplete(question, { kind: 'multiple', choices: ['a'] })).toBe(false);
    expect(isComplete(question, { kind: 'multiple', choices: ['a', 'b'] })).toBe(true);
  });

  it('needs a finite number for value questions and a choice for single ones', () => {
    const value: Question = {
      ...base,
      id: 'l/v',
      kind: 'value',
      answer: 3,
      tolerance: 0,
      explanation: 'three of them fit',
    };
    expect(isComplete(value, initialResponse(value))).toBe(false);
    expect(isComplete(value, { kind: 'value', value: 3 })).toBe(true);
    const single: Question = {
      ...base,
      id: 'l/s',
      kind: 'single',
      options: ['a', 'b', 'c'].map(option),
      answer: 'a',
    };
    expect(isComplete(single, initialResponse(single))).toBe(false);
  });
});
