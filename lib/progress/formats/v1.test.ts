import { describe, expect, it } from 'vitest';
import { migrateV1ToV2, progressV1Format, progressV1Schema } from './v1';
import { progressV2Schema } from './v2';

describe('progressV1Schema', () => {
  it('accepts the version 1 list of finished lesson slugs', () => {
    expect(progressV1Schema.safeParse({ version: 1, done: ['ecs-basics', 'eks-intro'] }).success).toBe(true);
  });

  it('rejects anything but a list of slugs', () => {
    expect(progressV1Schema.safeParse({ version: 1, done: 'ecs-basics' }).success).toBe(false);
    expect(progressV1Schema.safeParse({ version: 1, done: [3] }).success).toBe(false);
  });
});

describe('progressV1Format.salvage', () => {
  it('keeps the valid slugs and counts each dropped item as a lesson', () => {
    const salvaged = progressV1Format.salvage({ version: 1, done: ['ecs-basics', 7, null, 'eks-intro'] });
    expect(salvaged?.value).toEqual({ version: 1, done: ['ecs-basics', 'eks-intro'] });
    expect(salvaged?.dropped).toEqual([
      { section: 'lessons', path: 'done.1' },
      { section: 'lessons', path: 'done.2' },
    ]);
  });

  it('gives up when there is no list at all', () => {
    expect(progressV1Format.salvage({ version: 1, done: { 'ecs-basics': true } })).toBeNull();
  });
});

describe('migrateV1ToV2', () => {
  it('turns each finished slug into a done lesson without a time, since v1 never stored one', () => {
    const v2 = migrateV1ToV2({ version: 1, done: ['ecs-basics', 'eks-intro'] });
    expect(v2).toEqual({
      version: 2,
      lessons: { 'ecs-basics': { done: true }, 'eks-intro': { done: true } },
      answers: {},
      preferences: {},
    });
    expect(progressV2Schema.safeParse(v2).success).toBe(true);
  });

  it('collapses a slug listed twice into one lesson', () => {
    expect(Object.keys(migrateV1ToV2({ version: 1, done: ['a', 'a'] }).lessons)).toEqual(['a']);
  });
});
