import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import { reviewCardSchema } from '@/lib/progress/formats/v4';
import { questionCardKey, reviewOutcome } from './review';
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
          card = reviewOutcome(card, right, when)!;
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
