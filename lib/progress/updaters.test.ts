import { describe, expect, it } from 'vitest';
import { emptyProgress, progressSchema } from './progress';
import {
  markDrillSolved,
  markLessonDone,
  markLessonNotDone,
  recordAnswer,
  setLastSection,
  setReviewCard,
  setThemePreference,
} from './updaters';
import { cardAt, progressOf, T1, T2 } from './testing/progress-driver';

describe('markLessonDone', () => {
  it('marks the lesson done at the time the caller gives', () => {
    expect(markLessonDone(emptyProgress(), 'ecs-basics', T1).lessons).toEqual({
      'ecs-basics': { done: true, doneAt: T1 },
    });
  });

  it('does not change its input', () => {
    const before = emptyProgress();
    markLessonDone(before, 'ecs-basics', T1);
    expect(before).toEqual(emptyProgress());
  });

  it('keeps the first finishing time and returns the same object when already done', () => {
    const done = progressOf().done('ecs-basics', T1).build();
    expect(markLessonDone(done, 'ecs-basics', T2)).toBe(done);
  });

  it('keeps the reading position', () => {
    const reading = progressOf().reading('ecs-basics', 'services').build();
    expect(markLessonDone(reading, 'ecs-basics', T1).lessons['ecs-basics']).toEqual({
      done: true,
      doneAt: T1,
      lastSection: 'services',
    });
  });

  it('throws on an id or time that could not be stored, since that is a bug in the caller', () => {
    expect(() => markLessonDone(emptyProgress(), '__proto__', T1)).toThrow(RangeError);
    expect(() => markLessonDone(emptyProgress(), 'ecs-basics', 'today')).toThrow(/ISO date and time/);
  });
});

describe('markLessonNotDone', () => {
  it('un-finishes the lesson, forgetting when it was done but keeping the reading position', () => {
    const done = progressOf().reading('ecs-basics', 'services').done('ecs-basics').build();
    expect(markLessonNotDone(done, 'ecs-basics').lessons['ecs-basics']).toEqual({
      done: false,
      lastSection: 'services',
    });
  });

  it('returns the same object when the lesson was not done', () => {
    const progress = progressOf().reading('a', 'intro').build();
    expect(markLessonNotDone(progress, 'a')).toBe(progress);
    expect(markLessonNotDone(progress, 'b')).toBe(progress);
  });
});

describe('setLastSection', () => {
  it('remembers the section without finishing the lesson', () => {
    expect(setLastSection(emptyProgress(), 'a', 'intro').lessons.a).toEqual({
      done: false,
      lastSection: 'intro',
    });
  });

  it('returns the same object when the section is unchanged', () => {
    const progress = progressOf().reading('a', 'intro').build();
    expect(setLastSection(progress, 'a', 'intro')).toBe(progress);
  });

  it('throws on an empty section id', () => {
    expect(() => setLastSection(emptyProgress(), 'a', '')).toThrow(RangeError);
  });
});

describe('recordAnswer', () => {
  it('counts the first attempt and remembers the answer, the time and whether it was right', () => {
    const answer = { kind: 'single', choice: 'b' };
    expect(recordAnswer(emptyProgress(), 'ecs-basics/q1', false, T1, answer).answers).toEqual({
      'ecs-basics/q1': { attempts: 1, correct: 0, lastCorrect: false, lastAnswer: answer, lastAt: T1 },
    });
  });

  it('adds to the tallies and replaces the last answer on later attempts', () => {
    const progress = progressOf()
      .answered('q/1', false, T1, ['a'])
      .answered('q/1', true, T2, ['a', 'c'])
      .build();
    expect(progress.answers['q/1']).toEqual({
      attempts: 2,
      correct: 1,
      lastCorrect: true,
      lastAnswer: ['a', 'c'],
      lastAt: T2,
    });
  });

  it('stores the answer as JSON will read it back (no undefined fields, NaN as null)', () => {
    const progress = recordAnswer(emptyProgress(), 'q/1', false, T1, { kind: 'value', value: Number.NaN });
    expect(progress.answers['q/1']?.lastAnswer).toEqual({ kind: 'value', value: null });
    expect(progressSchema.safeParse(JSON.parse(JSON.stringify(progress))).success).toBe(true);
  });

  it('keeps no last answer when none is given', () => {
    expect(recordAnswer(emptyProgress(), 'q/1', true, T1).answers['q/1']).toEqual({
      attempts: 1,
      correct: 1,
      lastCorrect: true,
      lastAt: T1,
    });
  });

  it('throws on an answer too large to keep', () => {
    expect(() => recordAnswer(emptyProgress(), 'q/1', true, T1, 'x'.repeat(10_000))).toThrow(/too large/);
  });
});

describe('setThemePreference', () => {
  it('sets the theme and returns the same object when it is unchanged', () => {
    const dark = setThemePreference(emptyProgress(), 'dark');
    expect(dark.preferences).toEqual({ theme: 'dark' });
    expect(setThemePreference(dark, 'dark')).toBe(dark);
  });

  it('throws on a theme that does not exist', () => {
    expect(() => setThemePreference(emptyProgress(), 'sepia' as 'dark')).toThrow();
  });
});

describe('markDrillSolved', () => {
  const drill = 'ecs-failure-drills/port-conflict';

  it('records the time the caller gives, in a valid record', () => {
    const progress = markDrillSolved(emptyProgress(), drill, T1);
    expect(progress.drills).toEqual({ [drill]: { solvedAt: T1 } });
    expect(progressSchema.safeParse(progress).success).toBe(true);
  });

  it('keeps the first solve and returns the same object when solved again', () => {
    const solved = progressOf().solved(drill, T1).build();
    expect(markDrillSolved(solved, drill, T2)).toBe(solved);
  });

  it('keeps other drills and everything else', () => {
    const before = progressOf().done('a').solved('x/one', T1).build();
    expect(markDrillSolved(before, 'x/two', T2)).toEqual({
      ...before,
      drills: { 'x/one': { solvedAt: T1 }, 'x/two': { solvedAt: T2 } },
    });
  });

  it('treats an id that is also an Object.prototype name as any other id', () => {
    expect(markDrillSolved(emptyProgress(), 'constructor', T1).drills).toEqual({
      constructor: { solvedAt: T1 },
    });
  });

  it('throws on an invalid id or time instead of saving it', () => {
    expect(() => markDrillSolved(emptyProgress(), '__proto__', T1)).toThrow(RangeError);
    expect(() => markDrillSolved(emptyProgress(), drill, 'today')).toThrow(RangeError);
  });
});

describe('setReviewCard', () => {
  it('keeps a valid card under its key and leaves everything else as it was', () => {
    const before = progressOf().done('a').build();
    const after = setReviewCard(before, 'question:a/q1', cardAt(T1));
    expect(after.reviews).toEqual({ 'question:a/q1': cardAt(T1) });
    expect(after.lessons).toBe(before.lessons);
    expect(progressSchema.safeParse(after).success).toBe(true);
  });

  it('throws on a key that is not a question or drill card, or a card without a valid due time', () => {
    expect(() => setReviewCard(emptyProgress(), 'lesson:a', cardAt(T1))).toThrow(RangeError);
    expect(() => setReviewCard(emptyProgress(), 'question:a/q', { ...cardAt(T1), due: 'soon' })).toThrow(RangeError);
  });
});

describe('recordAnswer, late', () => {
  it('counts an answer older than the latest kept one without replacing it', () => {
    const progress = progressOf().answered('a/q', true, T2).build();
    const record = recordAnswer(progress, 'a/q', false, T1).answers['a/q'];
    expect(record).toMatchObject({ attempts: 2, correct: 1, lastCorrect: true, lastAt: T2 });
  });
});
