import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AnswerRecord } from '@/lib/progress';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { DEFAULT_FILTER, drawRound, matchingQuestions, resultsBySkill } from './practice';

type Difficulty = 'easy' | 'medium' | 'hard';
const questions = [
  { id: 'amazon-ecs/a', skill: 'ecs-iam', difficulty: 'easy' as Difficulty },
  { id: 'amazon-ecs/b', skill: 'ecs-agent', difficulty: 'hard' as Difficulty },
  { id: 'task-definitions/a', skill: 'task-definitions', difficulty: 'medium' as Difficulty },
  { id: 'task-definitions/b', skill: 'ecs-iam', difficulty: 'hard' as Difficulty },
  { id: 'why-orchestration/a', skill: 'orchestration', difficulty: 'easy' as Difficulty },
];
const right: AnswerRecord = { attempts: 1, correct: 1, lastCorrect: true };
const wrong: AnswerRecord = { attempts: 2, correct: 1, lastCorrect: false };

describe('matchingQuestions', () => {
  it('takes every question when nothing is chosen', () => {
    expect(matchingQuestions(questions, DEFAULT_FILTER, {})).toHaveLength(5);
  });

  it('narrows by lesson, skill and difficulty together', () => {
    const ids = (filter: Partial<typeof DEFAULT_FILTER>) =>
      matchingQuestions(questions, { ...DEFAULT_FILTER, ...filter }, {}).map((question) => question.id);
    expect(ids({ lessons: ['amazon-ecs'] })).toEqual(['amazon-ecs/a', 'amazon-ecs/b']);
    expect(ids({ skills: ['ecs-iam'] })).toEqual(['amazon-ecs/a', 'task-definitions/b']);
    expect(ids({ skills: ['ecs-iam'], difficulty: 'hard' })).toEqual(['task-definitions/b']);
    expect(ids({ lessons: ['why-orchestration'], skills: ['ecs-iam'] })).toEqual([]);
  });

  it('picks unanswered questions, or the ones whose latest answer was wrong', () => {
    const answers = { 'amazon-ecs/a': right, 'amazon-ecs/b': wrong };
    const pool = (which: 'unanswered' | 'missed') =>
      matchingQuestions(questions, { ...DEFAULT_FILTER, pool: which }, answers).map((question) => question.id);
    expect(pool('missed')).toEqual(['amazon-ecs/b']);
    expect(pool('unanswered')).toEqual(['task-definitions/a', 'task-definitions/b', 'why-orchestration/a']);
  });
});

describe('drawRound', () => {
  it('is the same for the same seed, cut to the size, without repeats', () => {
    const filter = { ...DEFAULT_FILTER, size: 10 as const };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const round = drawRound(questions, filter, {}, seed);
        expect(round).toEqual(drawRound(questions, filter, {}, seed));
        expect(new Set(round).size).toBe(round.length);
        expect([...round].sort()).toEqual(questions.map((question) => question.id).sort());
      }),
      { numRuns: fuzzRuns() },
    );
    expect(drawRound([...questions, ...questions.map((q) => ({ ...q, id: `${q.id}2` }))], filter, {}, 1)).toHaveLength(10);
  });
});

describe('resultsBySkill', () => {
  it('lists skills weakest first, skipping unanswered questions', () => {
    const results = { 'amazon-ecs/a': true, 'task-definitions/b': false, 'amazon-ecs/b': true, 'task-definitions/a': false };
    expect(resultsBySkill(questions, results)).toEqual([
      { skill: 'task-definitions', right: 0, total: 1 },
      { skill: 'ecs-iam', right: 1, total: 2 },
      { skill: 'ecs-agent', right: 1, total: 1 },
    ]);
  });
});
