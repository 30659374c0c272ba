import { describe, expect, it } from 'vitest';
import { migrateV2ToV3, progressV3Format, progressV3Schema } from './v3';
import { T1 } from '../testing/progress-driver';

const valid = {
  version: 3,
  lessons: { 'ecs-failure-drills': { done: false, lastSection: 'port-conflict' } },
  answers: { 'ecs-failure-drills/q1': { attempts: 1, correct: 1, lastCorrect: true, lastAt: T1 } },
  drills: { 'ecs-failure-drills/port-conflict': { solvedAt: T1 } },
  preferences: { theme: 'light' },
};

describe('progressV3Schema', () => {
  it('accepts a complete version 3 record, and requires the drills section', () => {
    expect(progressV3Schema.safeParse(valid).success).toBe(true);
    const { drills: _drills, ...withoutDrills } = valid;
    expect(progressV3Schema.safeParse(withoutDrills).error?.issues[0]?.path).toEqual(['drills']);
  });

  it('rejects a drill record without a valid time, or with fields it does not know', () => {
    for (const record of [{}, { solvedAt: 'yesterday' }, { solvedAt: T1, attempts: 2 }]) {
      const result = progressV3Schema.safeParse({ ...valid, drills: { 'a/b': record } });
      expect(result.error?.issues[0]?.path.slice(0, 2)).toEqual(['drills', 'a/b']);
    }
  });

  it('rejects drill ids that are not ids', () => {
    expect(progressV3Schema.safeParse({ ...valid, drills: { _x: { solvedAt: T1 } } }).success).toBe(false);
  });
});

describe('progressV3Format.salvage', () => {
  it('keeps the valid drills of a damaged record and names the ones it dropped', () => {
    const salvaged = progressV3Format.salvage({
      ...valid,
      drills: { 'a/good': { solvedAt: T1 }, 'a/bad': { solvedAt: 42 } },
    });
    expect(salvaged?.value.drills).toEqual({ 'a/good': { solvedAt: T1 } });
    expect(salvaged?.dropped).toEqual([{ section: 'drills', path: 'drills.a/bad' }]);
  });

  it('drops a drills section that is not an object, keeping everything else', () => {
    const salvaged = progressV3Format.salvage({ ...valid, drills: ['a/b'] });
    expect(salvaged?.value).toEqual({ ...valid, drills: {} });
    expect(salvaged?.dropped).toEqual([{ section: 'drills', path: 'drills' }]);
  });

  it('fills in a missing drills section without calling anything dropped', () => {
    const { drills: _drills, ...withoutDrills } = valid;
    expect(progressV3Format.salvage(withoutDrills)).toEqual({ value: { ...valid, drills: {} }, dropped: [] });
  });

  it('recognises a record that holds nothing readable but its drills', () => {
    expect(progressV3Format.salvage({ version: 3, drills: { 'a/b': { solvedAt: T1 } } })?.value).toEqual({
      version: 3,
      lessons: {},
      answers: {},
      drills: { 'a/b': { solvedAt: T1 } },
      preferences: {},
    });
    expect(progressV3Format.salvage({ version: 3, drills: 'all' })).toBeNull();
  });
});

describe('migrateV2ToV3', () => {
  it('keeps everything, with no drill solved yet', () => {
    const v2 = {
      version: 2 as const,
      lessons: valid.lessons,
      answers: {},
      preferences: { theme: 'dark' as const },
    };
    const v3 = migrateV2ToV3(v2);
    expect(v3).toEqual({ ...v2, version: 3, drills: {} });
    expect(progressV3Schema.safeParse(v3).success).toBe(true);
  });
});
