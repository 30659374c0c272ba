import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress } from './load';
import { emptyProgress, CURRENT_VERSION } from './progress';
import { QUARANTINE_KEY_PREFIX, readQuarantined } from './quarantine';
import { fakeStorage } from './testing/fake-storage';
import { progressOf, T1 } from './testing/progress-driver';

const saved = progressOf()
  .done('ecs-basics')
  .reading('eks-intro', 'pods')
  .answered('ecs-basics/q1', true)
  .build();

describe('loadProgress', () => {
  it('starts empty, without a notice, when nothing was saved', () => {
    expect(loadProgress(fakeStorage())).toEqual({ progress: emptyProgress(), status: 'empty' });
  });

  it('treats a blank stored value as nothing saved', () => {
    expect(loadProgress(fakeStorage().holdingProgress('  '))).toMatchObject({ status: 'empty' });
  });

  it('reads back what saveProgress stored, with status ok and no writes', () => {
    const storage = fakeStorage();
    saveProgress(storage, saved);
    const before = storage.peek(PROGRESS_KEY);
    expect(loadProgress(storage)).toEqual({ progress: saved, status: 'ok' });
    expect(storage.peek(PROGRESS_KEY)).toBe(before);
  });

  it('migrates a version 1 record, stores the result, and reports migrated without bothering the learner', () => {
    const storage = fakeStorage().holdingProgress({ version: 1, done: ['ecs-basics', 'eks-intro'] });
    const result = loadProgress(storage);
    expect(result).toEqual({
      progress: {
        ...emptyProgress(),
        lessons: { 'ecs-basics': { done: true }, 'eks-intro': { done: true } },
      },
      status: 'migrated',
    });
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '')).toMatchObject({ version: CURRENT_VERSION });
    expect(loadProgress(storage).status).toBe('ok');
  });

  it('migrates a version 2 record (before drills) without bothering the learner', () => {
    const v2 = { version: 2, lessons: { a: { done: true } }, answers: {}, preferences: {} };
    const result = loadProgress(fakeStorage().holdingProgress(v2));
    expect(result).toEqual({ progress: { ...v2, version: CURRENT_VERSION, drills: {}, reviews: {} }, status: 'migrated' });
  });

  it('loads a record with a damaged drill, keeping the rest and saying what was lost', () => {
    const raw = {
      ...emptyProgress(),
      lessons: { a: { done: true } },
      drills: { 'd/x': { solvedAt: 'soon' } },
    };
    const result = loadProgress(fakeStorage().holdingProgress(raw));
    expect(result).toMatchObject({
      status: 'recovered',
      problem: 'partly-damaged',
      progress: { lessons: { a: { done: true } } },
    });
    expect(result.progress.drills).toEqual({});
    expect(result.notice).toMatch(/1 solved drill record could not be read/);
  });

  it('sets damaged JSON aside, starts fresh and says the data looks damaged', () => {
    const storage = fakeStorage().holdingProgress('{"version":2,"lessons":{');
    const result = loadProgress(storage);
    expect(result).toEqual({
      progress: emptyProgress(),
      status: 'recovered',
      problem: 'damaged-json',
      quarantineKey: `${QUARANTINE_KEY_PREFIX}1`,
      notice:
        'Your saved progress could not be read (it looks damaged), so Dockyard started a fresh record. The old data is kept; you can download it from “Your progress” on the course map.',
    });
    expect(storage.peek(`${QUARANTINE_KEY_PREFIX}1`)).toBe('{"version":2,"lessons":{');
  });

  it('clears the main key once the copy is safe, so the next visit starts clean', () => {
    const storage = fakeStorage().holdingProgress('garbage');
    loadProgress(storage);
    expect(storage.peek(PROGRESS_KEY)).toBeNull();
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), status: 'empty' });
    expect(readQuarantined(storage)).toEqual(['garbage']);
  });

  it('sets aside a record from a newer Dockyard and says so', () => {
    const raw = JSON.stringify({ version: CURRENT_VERSION + 1, lessons: {}, reviews: [] });
    const storage = fakeStorage().holdingProgress(raw);
    const result = loadProgress(storage);
    expect(result).toMatchObject({
      status: 'recovered',
      problem: 'newer-version',
      progress: emptyProgress(),
    });
    expect(result.notice).toMatch(
      /^Your saved progress was made by a newer version of Dockyard than this page/,
    );
    expect(result.notice).toContain('The old data is kept');
    expect(readQuarantined(storage)).toEqual([raw]);
  });

  it('sets aside JSON that is not progress at all and says it is not a form Dockyard recognises', () => {
    for (const raw of ['[1,2,3]', '"hello"', '{"theme":"dark"}', '{"version":0}', 'null']) {
      const result = loadProgress(fakeStorage().holdingProgress(raw));
      expect(result).toMatchObject({
        status: 'recovered',
        problem: 'wrong-shape',
        progress: emptyProgress(),
      });
      expect(result.notice).toMatch(/^Your saved progress is not in a form Dockyard recognises/);
    }
  });

  it('salvages the valid parts of a partly damaged record, keeps the original, and says what was lost', () => {
    const raw = JSON.stringify({
      ...saved,
      lessons: { ...saved.lessons, broken: { done: 'maybe' } },
      answers: { ...saved.answers, 'a/b': { attempts: 1, correct: 5 }, 'a/c': null },
    });
    const storage = fakeStorage().holdingProgress(raw);
    const result = loadProgress(storage);
    expect(result).toMatchObject({ progress: saved, status: 'recovered', problem: 'partly-damaged' });
    expect(result.notice).toBe(
      'Part of your saved progress was damaged: 1 lesson record and 2 quiz answer records could not be read, so Dockyard kept everything else. The original data is kept; you can download it from “Your progress” on the course map.',
    );
    expect(storage.peek(result.quarantineKey ?? '')).toBe(raw);
    expect(loadProgress(storage)).toEqual({ progress: saved, status: 'ok' });
  });

  it('salvages a partly damaged version 1 record and migrates what is left', () => {
    const result = loadProgress(
      fakeStorage().holdingProgress({ version: 1, done: ['ecs-basics', { slug: 'x' }] }),
    );
    expect(result).toMatchObject({ status: 'recovered', problem: 'partly-damaged' });
    expect(result.progress.lessons).toEqual({ 'ecs-basics': { done: true } });
  });

  it('keeps at most three damaged copies across visits', () => {
    const storage = fakeStorage();
    for (const raw of ['one', 'two', 'three', 'four']) {
      storage.holdingProgress(raw);
      loadProgress(storage);
    }
    expect(readQuarantined(storage)).toEqual(['two', 'three', 'four']);
  });

  it('survives a hostile, deeply nested record without overflowing the stack', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const raw = `{"version":2,"lessons":{},"answers":{"a/b":{"attempts":1,"correct":1,"lastAnswer":${deep}}},"preferences":{}}`;
    expect(loadProgress(fakeStorage().holdingProgress(raw))).toMatchObject({
      status: 'recovered',
      problem: 'partly-damaged',
    });
  });
});

describe('saveProgress', () => {
  it('stores the progress as JSON under the progress key', () => {
    const storage = fakeStorage();
    expect(saveProgress(storage, saved)).toEqual({ ok: true });
    expect(JSON.parse(storage.peek(PROGRESS_KEY) ?? '')).toEqual(saved);
  });

  it('keeps the time the caller supplied', () => {
    const storage = fakeStorage();
    saveProgress(storage, progressOf().done('a', T1).build());
    expect(loadProgress(storage).progress.lessons.a?.doneAt).toBe(T1);
  });
});
