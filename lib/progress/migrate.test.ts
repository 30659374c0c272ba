import { describe, expect, it } from 'vitest';
import { migrateProgress, READABLE_VERSIONS } from './migrate';
import { CURRENT_VERSION, emptyProgress } from './progress';
import { progressOf } from './testing/progress-driver';

describe('READABLE_VERSIONS', () => {
  it('lists every version from 1 up to the current one, with no gaps', () => {
    expect(READABLE_VERSIONS).toEqual(Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1));
  });
});

describe('migrateProgress', () => {
  it('returns current progress unchanged, from the current version', () => {
    const progress = progressOf().done('ecs-basics').answered('ecs-basics/q1', true).build();
    expect(migrateProgress(JSON.parse(JSON.stringify(progress)))).toEqual({
      ok: true,
      progress,
      fromVersion: CURRENT_VERSION,
      dropped: [],
    });
  });

  it('brings a version 1 record up to the current version', () => {
    const result = migrateProgress({ version: 1, done: ['ecs-basics'] });
    expect(result).toMatchObject({ ok: true, fromVersion: 1, dropped: [] });
    expect(result.ok && result.progress).toEqual({
      ...emptyProgress(),
      lessons: { 'ecs-basics': { done: true } },
    });
  });

  it('brings a version 2 record up to the current version, keeping all of it', () => {
    const v2 = {
      version: 2,
      lessons: { a: { done: true } },
      answers: { 'a/q': { attempts: 2, correct: 1 } },
      preferences: { theme: 'dark' },
    };
    const result = migrateProgress(v2);
    expect(result).toMatchObject({ ok: true, fromVersion: 2, dropped: [] });
    expect(result.ok && result.progress).toEqual({ ...v2, version: CURRENT_VERSION, drills: {}, reviews: {} });
  });

  it('with salvage, keeps the valid solved drills of a damaged current record', () => {
    const raw = {
      ...emptyProgress(),
      drills: { 'd/ok': { solvedAt: '2025-01-10T09:00:00.000Z' }, 'd/bad': true },
    };
    const result = migrateProgress(raw, { salvage: true });
    expect(result).toMatchObject({ ok: true, dropped: [{ section: 'drills', path: 'drills.d/bad' }] });
    expect(result.ok && result.progress.drills).toEqual({ 'd/ok': { solvedAt: '2025-01-10T09:00:00.000Z' } });
  });

  it('refuses a version from the future, naming it', () => {
    expect(migrateProgress({ version: CURRENT_VERSION + 1, lessons: {} })).toEqual({
      ok: false,
      problem: 'newer-version',
      version: CURRENT_VERSION + 1,
    });
  });

  it('refuses versions no Dockyard wrote, and records without a whole-number version', () => {
    for (const raw of [
      { version: 0 },
      { version: -3 },
      { version: 1.5 },
      { version: '2' },
      { lessons: {} },
    ]) {
      expect(migrateProgress(raw)).toMatchObject({
        ok: false,
        problem: 'wrong-shape',
        issue: { path: ['version'] },
      });
    }
  });

  it('refuses anything that is not an object', () => {
    for (const raw of [null, 2, 'progress', [1, 2], true]) {
      expect(migrateProgress(raw)).toMatchObject({ ok: false, problem: 'wrong-shape', issue: { path: [] } });
    }
  });

  it('by default refuses a damaged record, with the zod path of the first problem', () => {
    const raw = { ...emptyProgress(), lessons: { 'ecs-basics': { done: 'yes' } } };
    expect(migrateProgress(raw)).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
      issue: { path: ['lessons', 'ecs-basics', 'done'], code: 'invalid_type' },
    });
  });

  it('names the unknown field of a strict object', () => {
    expect(migrateProgress({ ...emptyProgress(), streak: 3 })).toMatchObject({
      ok: false,
      issue: { code: 'unrecognized_keys', keys: ['streak'], path: [] },
    });
  });

  it('with salvage, keeps the valid parts of a damaged record and lists what it dropped', () => {
    const raw = { ...emptyProgress(), lessons: { good: { done: true }, bad: { done: 'yes' } } };
    const result = migrateProgress(raw, { salvage: true });
    expect(result).toMatchObject({ ok: true, dropped: [{ section: 'lessons', path: 'lessons.bad' }] });
    expect(result.ok && result.progress.lessons).toEqual({ good: { done: true } });
  });

  it('with salvage, repairs an old version before migrating it', () => {
    const result = migrateProgress({ version: 1, done: ['good', 42] }, { salvage: true });
    expect(result).toMatchObject({ ok: true, fromVersion: 1, dropped: [{ path: 'done.1' }] });
    expect(result.ok && result.progress.lessons).toEqual({ good: { done: true } });
  });

  it('with salvage, still refuses a record in which nothing is recognisable', () => {
    expect(migrateProgress({ version: 2, lesson: [] }, { salvage: true })).toMatchObject({
      ok: false,
      problem: 'wrong-shape',
    });
  });

  it('with salvage, fills in missing sections without calling anything dropped', () => {
    const result = migrateProgress({ version: 2, lessons: { a: { done: true } } }, { salvage: true });
    expect(result).toMatchObject({ ok: true, dropped: [] });
    expect(result.ok && result.progress).toEqual({ ...emptyProgress(), lessons: { a: { done: true } } });
  });
});
