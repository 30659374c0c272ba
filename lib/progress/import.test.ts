import { describe, expect, it } from 'vitest';
import { exportProgress } from './export';
import { importProgress, MAX_IMPORT_CHARS, summaryMessage } from './import';
import { CURRENT_VERSION, emptyProgress, type Progress } from './progress';
import { progressOf, T1, T2 } from './testing/progress-driver';

const file = (progress: unknown, header: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'dockyard', kind: 'progress', exportedAt: T1, progress, ...header });

function errorOf(text: string, current: Progress = emptyProgress()): string {
  const result = importProgress(text, current);
  if (result.ok) throw new Error('expected the import to fail');
  return result.error;
}

describe('importProgress', () => {
  it('merges an exported file into the current progress and says what changed', () => {
    const current = progressOf().done('a').build();
    const exported = progressOf()
      .done('a')
      .done('b')
      .done('c')
      .done('d')
      .answered('q/1', true)
      .answered('q/2', false)
      .build();
    const result = importProgress(exportProgress(exported, [], T2), current);
    expect(result).toMatchObject({ ok: true, summary: '3 lessons marked done, 2 answers merged.' });
    expect(result.ok && Object.keys(result.progress.lessons)).toEqual(['a', 'b', 'c', 'd']);
    expect(result.ok && result.changes).toEqual({
      lessonsMarkedDone: 3,
      lessonsAdded: 0,
      answersMerged: 2,
      drillsSolved: 0,
      reviewsMerged: 0,
      themeAdopted: false,
      fromVersion: CURRENT_VERSION,
    });
  });

  it('says there is nothing new when the file adds nothing', () => {
    const current = progressOf().done('a').build();
    expect(importProgress(exportProgress(current, [], T1), current)).toMatchObject({
      ok: true,
      summary: 'Nothing new: everything in this file was already in your progress.',
    });
  });

  it('imports a file holding a version 1 record through the same migration', () => {
    const result = importProgress(file({ version: 1, done: ['a', 'b'] }), emptyProgress());
    expect(result).toMatchObject({
      ok: true,
      summary: '2 lessons marked done.',
      changes: { fromVersion: 1 },
    });
  });

  it('imports a version 2 file (before drills) and merges the solved drills of a current one', () => {
    const v2 = importProgress(
      file({ version: 2, lessons: { a: { done: true } }, answers: {}, preferences: {} }),
      emptyProgress(),
    );
    expect(v2).toMatchObject({ ok: true, summary: '1 lesson marked done.', changes: { fromVersion: 2 } });
    const exported = progressOf().solved('ecs-failure-drills/port-conflict', T1).build();
    const result = importProgress(exportProgress(exported, [], T2), emptyProgress());
    expect(result).toMatchObject({ ok: true, summary: '1 drill marked solved.' });
    expect(result.ok && result.progress.drills).toEqual({
      'ecs-failure-drills/port-conflict': { solvedAt: T1 },
    });
  });

  it('ignores the set-aside damaged copies a file carries', () => {
    const text = exportProgress(progressOf().done('a').build(), ['{broken'], T1);
    expect(importProgress(text, emptyProgress())).toMatchObject({
      ok: true,
      summary: '1 lesson marked done.',
    });
  });

  it('rejects a file over 1 MB before reading it', () => {
    expect(errorOf(' '.repeat(MAX_IMPORT_CHARS + 1))).toBe(
      'This file is too large to be a Dockyard progress file (1.0 MB; progress files are at most 1 MB).',
    );
    expect(errorOf('x'.repeat(2_400_000))).toMatch(/\(2\.4 MB;/);
  });

  it('rejects text that is not JSON', () => {
    for (const text of ['', 'hello', '{"app":"dockyard",', '\u0000']) {
      expect(errorOf(text)).toBe(
        'This file is not a Dockyard progress file: it is not valid JSON. Choose the .json file that “Download progress” saved.',
      );
    }
  });

  it('rejects JSON that is not a Dockyard file', () => {
    for (const text of [
      '[]',
      '42',
      'null',
      '{"name":"package"}',
      JSON.stringify({ version: 2, lessons: {} }),
    ]) {
      expect(errorOf(text)).toBe(
        'This file is JSON, but not a Dockyard progress file: it has no "app": "dockyard" header.',
      );
    }
  });

  it('rejects a Dockyard file of another kind, naming the kind', () => {
    expect(errorOf(file({}, { kind: 'exam-session' }))).toBe(
      'This is a Dockyard file, but it holds "exam-session", not progress.',
    );
    expect(errorOf(file({}, { kind: 7 }))).toBe(
      'This is a Dockyard file, but it holds something else, not progress.',
    );
  });

  it('rejects a progress file without progress', () => {
    expect(errorOf(JSON.stringify({ app: 'dockyard', kind: 'progress' }))).toBe(
      'This Dockyard progress file has no "progress" in it.',
    );
  });

  it('rejects a file from a newer Dockyard, saying how to read it', () => {
    expect(errorOf(file({ version: CURRENT_VERSION + 1 }))).toBe(
      `This file was made by a newer version of Dockyard (progress format ${CURRENT_VERSION + 1}; this page reads up to ${CURRENT_VERSION}). Reload the page to get the newer version, then import it again.`,
    );
  });

  it('rejects an invalid field, naming it and its path from the zod issue', () => {
    const progress = {
      ...emptyProgress(),
      lessons: { 'ecs-basics': { done: true, doneAt: 'last tuesday' } },
    };
    expect(errorOf(file(progress))).toBe(
      'This is not a valid Dockyard progress file: invalid field "doneAt" at progress.lessons["ecs-basics"].doneAt (must be an ISO date and time, like 2025-01-31T09:30:00.000Z).',
    );
  });

  it('rejects other invalid progress with the same kind of message', () => {
    expect(errorOf(file({ ...emptyProgress(), answers: { 'q/1': { attempts: 1, correct: 2 } } }))).toBe(
      'This is not a valid Dockyard progress file: invalid field "correct" at progress.answers["q/1"].correct (cannot be more than attempts).',
    );
    expect(errorOf(file({ version: 1, done: ['a', 5] }))).toBe(
      'This is not a valid Dockyard progress file: invalid item at progress.done[1] (expected string, received number).',
    );
    expect(errorOf(file({ version: 'two' }))).toBe(
      'This is not a valid Dockyard progress file: invalid field "version" at progress.version (must be a whole number).',
    );
    expect(errorOf(file({ ...emptyProgress(), badges: [] }))).toBe(
      'This is not a valid Dockyard progress file: unknown field "badges" at progress.badges.',
    );
  });

  it('does not salvage: a file with one bad entry is refused rather than partly imported', () => {
    const progress = { ...emptyProgress(), lessons: { a: { done: true }, b: { done: 'no' } } };
    expect(importProgress(file(progress), emptyProgress()).ok).toBe(false);
  });

  it('refuses a deeply nested answer without overflowing the stack', () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = `{"app":"dockyard","kind":"progress","progress":{"version":2,"lessons":{},"answers":{"q/1":{"attempts":1,"correct":0,"lastAnswer":${deep}}},"preferences":{}}}`;
    expect(errorOf(text)).toMatch(
      /^This is not a valid Dockyard progress file: invalid field "lastAnswer" at progress.answers\["q\/1"\].lastAnswer/,
    );
  });

  it('returns an error instead of throwing for input that is not text', () => {
    expect(importProgress(undefined as unknown as string, emptyProgress())).toEqual({
      ok: false,
      error: 'This is not a file Dockyard can read.',
    });
  });
});

describe('summaryMessage', () => {
  it('lists only what changed, in the singular when there is one', () => {
    expect(
      summaryMessage({
        lessonsMarkedDone: 1,
        lessonsAdded: 2,
        answersMerged: 1,
        drillsSolved: 1,
        reviewsMerged: 1,
        themeAdopted: true,
      }),
    ).toBe(
      '1 lesson marked done, 2 lessons in progress added, 1 answer merged, 1 drill marked solved, 1 review card merged, theme preference set.',
    );
    expect(
      summaryMessage({
        lessonsMarkedDone: 0,
        lessonsAdded: 0,
        answersMerged: 12,
        drillsSolved: 3,
        reviewsMerged: 0,
        themeAdopted: false,
      }),
    ).toBe('12 answers merged, 3 drills marked solved.');
    expect(
      summaryMessage({
        lessonsMarkedDone: 0,
        lessonsAdded: 0,
        answersMerged: 0,
        drillsSolved: 0,
        reviewsMerged: 0,
        themeAdopted: true,
      }),
    ).toBe('Theme preference set.');
  });
});
