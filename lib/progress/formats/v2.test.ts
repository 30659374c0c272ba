import { describe, expect, it } from 'vitest';
import { progressV2Format, progressV2Schema } from './v2';
import { T1 } from '../testing/progress-driver';

const valid = {
  version: 2,
  lessons: {
    'ecs-basics': { done: true, doneAt: T1, lastSection: 'task-definitions' },
    'eks-intro': { done: false },
  },
  answers: {
    'ecs-basics/launch-types': {
      attempts: 3,
      correct: 2,
      lastCorrect: true,
      lastAnswer: { kind: 'single', choice: 'b' },
      lastAt: T1,
    },
  },
  preferences: { theme: 'dark' },
};

describe('progressV2Schema', () => {
  it('accepts a complete version 2 record', () => {
    expect(progressV2Schema.safeParse(valid).success).toBe(true);
  });

  it('accepts times with an offset as well as UTC', () => {
    const lessons = { a: { done: true, doneAt: '2025-01-10T10:00:00+01:00' } };
    expect(progressV2Schema.safeParse({ ...valid, lessons }).success).toBe(true);
  });

  it('rejects a record with more correct answers than attempts', () => {
    const answers = { 'a/b': { attempts: 1, correct: 2 } };
    const result = progressV2Schema.safeParse({ ...valid, answers });
    expect(result.error?.issues[0]?.path).toEqual(['answers', 'a/b', 'correct']);
  });

  it('rejects keys that are not slugs or question ids, such as __proto__-like names', () => {
    expect(progressV2Schema.safeParse({ ...valid, lessons: { _hidden: { done: true } } }).success).toBe(
      false,
    );
    expect(progressV2Schema.safeParse({ ...valid, lessons: { 'has space': { done: true } } }).success).toBe(
      false,
    );
  });

  it('rejects unknown fields, so nothing unexpected is silently dropped on save', () => {
    expect(progressV2Schema.safeParse({ ...valid, streak: 4 }).success).toBe(false);
    expect(progressV2Schema.safeParse({ ...valid, lessons: { a: { done: true, stars: 5 } } }).success).toBe(
      false,
    );
  });

  it('rejects dates that are not ISO date-times, and unknown themes', () => {
    expect(
      progressV2Schema.safeParse({ ...valid, lessons: { a: { done: true, doneAt: 'yesterday' } } }).success,
    ).toBe(false);
    expect(progressV2Schema.safeParse({ ...valid, preferences: { theme: 'sepia' } }).success).toBe(false);
  });

  it('limits a kept answer to a small JSON value', () => {
    const huge = { 'a/b': { attempts: 1, correct: 1, lastAnswer: 'x'.repeat(5_000) } };
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20; i += 1) deep = [deep];
    const nested = { 'a/b': { attempts: 1, correct: 1, lastAnswer: deep } };
    expect(progressV2Schema.safeParse({ ...valid, answers: huge }).success).toBe(false);
    expect(progressV2Schema.safeParse({ ...valid, answers: nested }).success).toBe(false);
  });
});

describe('progressV2Format.salvage', () => {
  it('keeps every valid entry and lists each one it dropped', () => {
    const damaged = {
      ...valid,
      lessons: { ...valid.lessons, broken: { done: 'yes' }, 'Bad Key': { done: true } },
      answers: { ...valid.answers, 'a/b': { attempts: -1, correct: 0 } },
    };
    const salvaged = progressV2Format.salvage(damaged);
    expect(Object.keys(salvaged?.value.lessons ?? {})).toEqual(['ecs-basics', 'eks-intro']);
    expect(Object.keys(salvaged?.value.answers ?? {})).toEqual(['ecs-basics/launch-types']);
    expect(salvaged?.dropped).toEqual([
      { section: 'lessons', path: 'lessons.broken' },
      { section: 'lessons', path: 'lessons.Bad Key' },
      { section: 'answers', path: 'answers.a/b' },
    ]);
  });

  it('drops a bad theme and unknown preference fields but keeps the rest', () => {
    const salvaged = progressV2Format.salvage({ ...valid, preferences: { theme: 'sepia', font: 'big' } });
    expect(salvaged?.value.preferences).toEqual({});
    expect(salvaged?.dropped.map((part) => part.path)).toEqual(['preferences.font', 'preferences.theme']);
  });

  it('treats a section that is not an object as dropped, and a missing one as empty', () => {
    const salvaged = progressV2Format.salvage({ version: 2, lessons: valid.lessons, answers: [1, 2] });
    expect(salvaged?.value).toEqual({ version: 2, lessons: valid.lessons, answers: {}, preferences: {} });
    expect(salvaged?.dropped).toEqual([{ section: 'answers', path: 'answers' }]);
  });

  it('reports unknown top-level fields as dropped', () => {
    expect(progressV2Format.salvage({ ...valid, streak: 4 })?.dropped).toEqual([
      { section: 'other', path: 'streak' },
    ]);
  });

  it('gives up when not one section can be read', () => {
    expect(progressV2Format.salvage({ version: 2 })).toBeNull();
    expect(progressV2Format.salvage({ version: 2, lessons: 'all of them', answers: null })).toBeNull();
  });
});
