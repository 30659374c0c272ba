import { describe, expect, it } from 'vitest';
import { migrateV3ToV4, progressV4Format, progressV4Schema, type ReviewCard } from './v4';
import { T1 } from '../testing/progress-driver';

const card: ReviewCard = {
  due: T1,
  stability: 2.3,
  difficulty: 6.4,
  scheduledDays: 2,
  learningSteps: 0,
  reps: 1,
  lapses: 1,
  state: 2,
  lastReview: T1,
};
const valid = {
  version: 4,
  lessons: {},
  answers: {},
  drills: {},
  reviews: { 'question:amazon-ecs/role-for-s3': card, 'drill:ecs-failure-drills/port-conflict': card },
  preferences: {},
};

describe('progressV4Schema', () => {
  it('accepts review cards for questions and drills, and requires the reviews section', () => {
    expect(progressV4Schema.safeParse(valid).success).toBe(true);
    const { reviews: _reviews, ...withoutReviews } = valid;
    expect(progressV4Schema.safeParse(withoutReviews).error?.issues[0]?.path).toEqual(['reviews']);
  });

  it('refuses a card for something that is neither a question nor a drill, or with an impossible state', () => {
    expect(progressV4Schema.safeParse({ ...valid, reviews: { 'lesson:a': card } }).success).toBe(false);
    expect(progressV4Schema.safeParse({ ...valid, reviews: { 'question:a/b': { ...card, state: 7 } } }).success).toBe(false);
    expect(progressV4Schema.safeParse({ ...valid, reviews: { 'question:a/b': { ...card, due: 'tomorrow' } } }).success).toBe(false);
  });
});

describe('progressV4Format.salvage', () => {
  it('keeps the readable cards of a damaged record and names the ones it dropped', () => {
    const salvaged = progressV4Format.salvage({ ...valid, reviews: { 'question:a/ok': card, 'question:a/bad': { ...card, reps: -1 } } });
    expect(salvaged?.value.reviews).toEqual({ 'question:a/ok': card });
    expect(salvaged?.dropped).toEqual([{ section: 'reviews', path: 'reviews.question:a/bad' }]);
  });

  it('recognises a record holding nothing readable but its review cards', () => {
    expect(progressV4Format.salvage({ version: 4, reviews: { 'drill:a/b': card } })?.value.reviews).toEqual({ 'drill:a/b': card });
    expect(progressV4Format.salvage({ version: 4, reviews: 'all' })).toBeNull();
  });
});

describe('migrateV3ToV4', () => {
  it('keeps everything, with nothing to review yet', () => {
    const v3 = { version: 3 as const, lessons: { a: { done: true } }, answers: {}, drills: { 'a/d': { solvedAt: T1 } }, preferences: {} };
    const v4 = migrateV3ToV4(v3);
    expect(v4).toEqual({ ...v3, version: 4, reviews: {} });
    expect(progressV4Schema.safeParse(v4).success).toBe(true);
  });
});
