import { describe, expect, it } from 'vitest';
import { loadProgress, PROGRESS_KEY, saveProgress } from './load';
import { emptyProgress } from './progress';
import { QUARANTINE_KEY_PREFIX, readQuarantined } from './quarantine';
import { fakeStorage, quotaError, securityError } from './testing/fake-storage';
import { progressOf } from './testing/progress-driver';

// Browsers refuse storage in private mode, when the quota is full, or when the learner blocks the
// site; the store must keep the page working and never lose what it could not read.

const saved = progressOf()
  .done('ecs-basics')
  .reading('eks-intro', 'pods')
  .answered('ecs-basics/q1', true)
  .build();

describe('loadProgress on a failing storage', () => {
  it('still returns migrated progress when the migrated copy cannot be stored', () => {
    const storage = fakeStorage()
      .holdingProgress({ version: 1, done: ['a'] })
      .failingWrites(quotaError);
    expect(loadProgress(storage)).toMatchObject({
      status: 'migrated',
      progress: { lessons: { a: { done: true } } },
    });
  });

  it('starts empty with a notice, instead of throwing, when storage cannot be read', () => {
    const result = loadProgress(fakeStorage().holdingProgress(saved).failingReads());
    expect(result).toMatchObject({
      progress: emptyProgress(),
      status: 'empty',
      problem: 'storage-unreadable',
    });
    expect(result.notice).toMatch(/^Dockyard cannot read this browser’s storage/);
  });

  it('makes room for the copy by clearing the damaged main record when the quota is full', () => {
    const raw = `{${'x'.repeat(100)}`;
    const storage = fakeStorage()
      .holdingProgress(raw)
      .withQuota(PROGRESS_KEY.length + raw.length + 60);
    const result = loadProgress(storage);
    expect(result).toMatchObject({ status: 'recovered', quarantineKey: `${QUARANTINE_KEY_PREFIX}1` });
    expect(storage.peek(PROGRESS_KEY)).toBeNull();
    expect(readQuarantined(storage)).toEqual([raw]);
  });

  it('leaves damaged data in place and hands it over when it cannot be set aside', () => {
    const storage = fakeStorage().holdingProgress('{oops').failingWrites(securityError);
    const result = loadProgress(storage);
    expect(result).toMatchObject({ status: 'recovered', problem: 'damaged-json', damagedData: '{oops' });
    expect(result.quarantineKey).toBeUndefined();
    expect(result.notice).toContain('could not be set aside');
    expect(storage.peek(PROGRESS_KEY)).toBe('{oops');
  });

  it('puts the damaged record back when even a cleared quota cannot hold the copy', () => {
    const storage = fakeStorage().holdingProgress('{oops').failingWrites(quotaError, QUARANTINE_KEY_PREFIX);
    const result = loadProgress(storage);
    expect(result).toMatchObject({ damagedData: '{oops' });
    expect(storage.peek(PROGRESS_KEY)).toBe('{oops');
  });

  it('does not overwrite a partly damaged record with the salvage when the original cannot be set aside', () => {
    const raw = JSON.stringify({ ...saved, lessons: { a: { done: 1 } } });
    const storage = fakeStorage().holdingProgress(raw).failingWrites(securityError);
    const result = loadProgress(storage);
    expect(result).toMatchObject({ status: 'recovered', problem: 'partly-damaged', damagedData: raw });
    expect(result.notice).toContain('download it now');
    expect(storage.peek(PROGRESS_KEY)).toBe(raw);
  });

  it('still recovers when the main key cannot be cleared after setting it aside', () => {
    const storage = fakeStorage().holdingProgress('{oops').failingRemoves();
    expect(loadProgress(storage)).toMatchObject({
      status: 'recovered',
      quarantineKey: `${QUARANTINE_KEY_PREFIX}1`,
    });
  });
});

describe('saveProgress on a failing storage', () => {
  it('reports a full quota with a notice instead of throwing', () => {
    const result = saveProgress(fakeStorage().failingWrites(quotaError), saved);
    expect(result).toEqual({
      ok: false,
      failure: 'quota',
      notice:
        'Your progress could not be saved because this browser’s storage is full. Free some space, or download your progress from “Your progress” on the course map so you do not lose it.',
    });
  });

  it('reports blocked storage with a notice instead of throwing', () => {
    const result = saveProgress(fakeStorage().failingWrites(securityError), saved);
    expect(result).toMatchObject({ ok: false, failure: 'unavailable' });
    expect(!result.ok && result.notice).toMatch(/does not let Dockyard store data/);
  });
});
