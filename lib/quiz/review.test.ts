import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { reviewCardSchema } from '@/lib/progress/formats/v4';
import { drillOutcome, questionCardKey, reviewOutcome } from './review';
import { dueItems } from './due';

const DAY = 24 * 60 * 60 * 1000;
const today = new Date('2026-12-04T18:00:00.000Z');
const days = (date: Date, n: number) => new Date(date.getTime() + n * DAY);

describe('reviewOutcome', () => {
  it('starts no card for a question answered right that was never missed', () => {
    expect(reviewOutcome(undefined, true, today)).toBeUndefined();
  });

  it('makes a missed question due again tomorrow, not in a minute', () => {
    const card = reviewOutcome(undefined, false, today)!;
    expect(Date.parse(card.due)).toBe(days(today, 1).getTime());
    expect(card).toMatchObject({ reps: 1, lastReview: today.toISOString() });
    expect(reviewCardSchema.safeParse(card).success).toBe(true);
  });

  it('spaces a card out further after each right review, and brings it back soon after a lapse', () => {
    let card = reviewOutcome(undefined, false, today)!;
    let when = new Date(card.due);
    const intervals: number[] = [];
    for (let review = 0; review < 4; review++) {
      card = reviewOutcome(card, true, when)!;
      const next = new Date(card.due);
      intervals.push(Math.round((next.getTime() - when.getTime()) / DAY));
      when = next;
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    const lapsed = reviewOutcome(card, false, when)!;
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(Date.parse(lapsed.due) - when.getTime()).toBeLessThan(intervals.at(-1)! * DAY);
  });

  it('keeps every card valid for the progress store, whatever the sequence of answers (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 12 }), (steps) => {
        let card = reviewOutcome(undefined, false, today)!;
        let when = today;
        for (const [right, gap] of steps) {
          when = days(when, gap);
          const next = reviewOutcome(card, right, when);
          // Only a right answer before the card is due leaves it as it was.
          if (next === undefined) {
            expect(right && when.getTime() < Date.parse(card.due)).toBe(true);
            continue;
          }
          card = next;
          expect(reviewCardSchema.safeParse(card).success).toBe(true);
          expect(Date.parse(card.due)).toBeGreaterThan(when.getTime());
        }
      }),
      { numRuns: fuzzRuns(100) },
    );
  });
});

describe('dueItems', () => {
  it('lists what is due by the end of the day, most overdue first, leaving out what the course lost', () => {
    const missedYesterday = reviewOutcome(undefined, false, days(today, -1))!;
    const missedLastWeek = reviewOutcome(undefined, false, days(today, -7))!;
    const missedNow = reviewOutcome(undefined, false, today)!;
    const progress = {
      reviews: {
        [questionCardKey('a/yesterday')]: missedYesterday,
        [questionCardKey('a/last-week')]: missedLastWeek,
        [questionCardKey('a/now')]: missedNow,
        'drill:gone/drill': missedLastWeek,
      },
    };
    const endOfToday = new Date('2026-12-04T23:59:59.999Z');
    expect(dueItems(progress, endOfToday, (kind) => kind === 'question').map((item) => item.id)).toEqual(['a/last-week', 'a/yesterday']);
    expect(dueItems(progress, days(endOfToday, 1)).map((item) => item.key)).toContain('question:a/now');
  });
});

describe('reviewOutcome, out of turn', () => {
  it('ignores a right answer before the card is due, but not a miss', () => {
    const card = reviewOutcome(undefined, false, today)!;
    const minuteLater = new Date(today.getTime() + 60_000);
    expect(reviewOutcome(card, true, minuteLater)).toBeUndefined();
    expect(reviewOutcome(card, false, minuteLater)?.lapses).toBeGreaterThanOrEqual(card.lapses);
  });

  it('counts a right answer to a card due later the same day when told the day ends later', () => {
    const card = reviewOutcome(undefined, false, today)!;
    const nextMorning = days(today, 0.7);
    expect(reviewOutcome(card, true, nextMorning)).toBeUndefined();
    expect(reviewOutcome(card, true, nextMorning, days(today, 1.2))?.reps).toBe(card.reps + 1);
  });

  it('ignores an outcome older than the last review (an exam submitted after its time ran out)', () => {
    const card = reviewOutcome(undefined, false, today)!;
    expect(reviewOutcome(card, false, days(today, -2))).toBeUndefined();
  });
});

describe('drillOutcome', () => {
  it('counts a solve without the solution as right, the solution before solving as a miss, and nothing else', () => {
    expect(drillOutcome('solved', { solved: true, solutionShown: false })).toBe(true);
    expect(drillOutcome('solved', { solved: true, solutionShown: true })).toBeNull();
    expect(drillOutcome('solution-shown', { solved: false, solutionShown: true })).toBe(false);
    expect(drillOutcome('solution-shown', { solved: true, solutionShown: true })).toBeNull();
  });
});
