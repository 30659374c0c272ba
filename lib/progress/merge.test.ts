import { describe, expect, it } from 'vitest';
import { mergeProgress } from './merge';
import { emptyProgress } from './progress';
import { cardAt, progressOf, T1, T2, T3 } from './testing/progress-driver';

describe('mergeProgress', () => {
  it('adds lessons done in the import (union) and counts them', () => {
    const current = progressOf().done('a', T1).build();
    const imported = progressOf().done('a', T2).done('b', T2).build();
    const outcome = mergeProgress(current, imported);
    expect(outcome.progress.lessons).toEqual({
      a: { done: true, doneAt: T1 },
      b: { done: true, doneAt: T2 },
    });
    expect(outcome.lessonsMarkedDone).toBe(1);
  });

  it('never un-finishes a lesson', () => {
    const current = progressOf().done('a').build();
    const imported = progressOf().reading('a', 'intro').build();
    expect(mergeProgress(current, imported).progress.lessons.a).toEqual({ done: true, doneAt: T1 });
  });

  it('marks a lesson done here from the import but keeps the current reading position', () => {
    const current = progressOf().reading('a', 'here').build();
    const imported = progressOf().reading('a', 'there').done('a', T2).build();
    expect(mergeProgress(current, imported).progress.lessons.a).toEqual({
      done: true,
      doneAt: T2,
      lastSection: 'here',
    });
  });

  it('copies lessons unknown here, counting unfinished ones separately', () => {
    const outcome = mergeProgress(emptyProgress(), progressOf().reading('a', 'intro').build());
    expect(outcome).toMatchObject({ lessonsMarkedDone: 0, lessonsAdded: 1 });
    expect(outcome.progress.lessons.a).toEqual({ done: false, lastSection: 'intro' });
  });

  it('takes the larger attempts and correct counts, so re-importing the same attempts never doubles them', () => {
    const current = progressOf().answered('q/1', true, T1).answered('q/1', false, T1).build(); // 2 attempts, 1 correct
    const imported = progressOf()
      .answered('q/1', true, T1)
      .answered('q/1', true, T1)
      .answered('q/1', false, T1)
      .build();
    const merged = mergeProgress(current, imported);
    expect(merged.progress.answers['q/1']).toMatchObject({ attempts: 3, correct: 2 });
    expect(merged.answersMerged).toBe(1);
  });

  it('keeps the latest answer by time, whichever side it is on', () => {
    const current = progressOf().answered('q/1', true, T3, 'c').answered('q/2', true, T1, 'a').build();
    const imported = progressOf().answered('q/1', false, T2, 'b').answered('q/2', false, T2, 'b').build();
    const { answers } = mergeProgress(current, imported).progress;
    expect(answers['q/1']).toEqual({
      attempts: 1,
      correct: 1,
      lastCorrect: true,
      lastAnswer: 'c',
      lastAt: T3,
    });
    expect(answers['q/2']).toEqual({
      attempts: 1,
      correct: 1,
      lastCorrect: false,
      lastAnswer: 'b',
      lastAt: T2,
    });
  });

  it('adds answers unknown here', () => {
    const outcome = mergeProgress(
      emptyProgress(),
      progressOf().answered('q/1', true).answered('q/2', false).build(),
    );
    expect(Object.keys(outcome.progress.answers)).toEqual(['q/1', 'q/2']);
    expect(outcome.answersMerged).toBe(2);
  });

  it('adds drills solved only in the import and keeps the solve time it has here', () => {
    const current = progressOf().solved('d/both', T2).build();
    const imported = progressOf().solved('d/both', T1).solved('d/new', T3).build();
    const outcome = mergeProgress(current, imported);
    expect(outcome.drillsSolved).toBe(1);
    expect(outcome.progress.drills).toEqual({ 'd/both': { solvedAt: T2 }, 'd/new': { solvedAt: T3 } });
    expect(mergeProgress(outcome.progress, imported).progress).toBe(outcome.progress);
  });

  it('keeps the current theme and adopts the imported one only when none is set', () => {
    const dark = progressOf().theme('dark').build();
    const light = progressOf().theme('light').build();
    expect(mergeProgress(dark, light)).toMatchObject({
      themeAdopted: false,
      progress: { preferences: { theme: 'dark' } },
    });
    expect(mergeProgress(emptyProgress(), light)).toMatchObject({
      themeAdopted: true,
      progress: { preferences: { theme: 'light' } },
    });
  });

  it('returns the current object and counts nothing when the import adds nothing', () => {
    const current = progressOf().done('a').answered('q/1', true).theme('dark').build();
    const outcome = mergeProgress(current, current);
    expect(outcome).toEqual({
      progress: current,
      lessonsMarkedDone: 0,
      lessonsAdded: 0,
      answersMerged: 0,
      drillsSolved: 0,
      reviewsMerged: 0,
      themeAdopted: false,
    });
    expect(outcome.progress).toBe(current);
  });

  it('unites review cards and keeps, for a card on both sides, the one reviewed last', () => {
    const mine = progressOf().reviewing('question:a/1', cardAt(T2)).reviewing('question:a/2', cardAt(T1)).build();
    const theirs = progressOf().reviewing('question:a/1', cardAt(T1)).reviewing('question:a/2', cardAt(T3)).reviewing('drill:d/1', cardAt(T1)).build();
    const outcome = mergeProgress(mine, theirs);
    expect(outcome.progress.reviews).toEqual({
      'question:a/1': cardAt(T2),
      'question:a/2': cardAt(T3),
      'drill:d/1': cardAt(T1),
    });
    expect(outcome.reviewsMerged).toBe(2);
    expect(mergeProgress(outcome.progress, theirs).progress).toBe(outcome.progress);
  });
});
