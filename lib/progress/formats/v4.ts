import { z } from '@/lib/zod';
import { salvageRecord, unknownKeys, type StoredFormat } from './format';
import { answerRecordSchema, isoTimeSchema, lessonProgressSchema, preferencesSchema, progressKeySchema, salvagePreferences } from './v2';
import type { AnswerRecord, LessonProgress, Preferences } from './v2';
import { drillRecordSchema, type DrillRecord, type ProgressV3 } from './v3';

/**
 * A spaced-repetition card (FSRS) for something the learner missed: a question (key
 * `question:<id>`) or a failure drill (`drill:<id>`). The fields are FSRS's card, with times as ISO
 * strings; lib/quiz/review schedules them, this store only keeps them.
 */
export interface ReviewCard {
  readonly due: string;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  /** FSRS's state: 0 new, 1 learning, 2 review, 3 relearning. */
  readonly state: 0 | 1 | 2 | 3;
  readonly lastReview?: string;
}

const count = z.int().min(0).max(1_000_000);
export const reviewCardSchema: z.ZodType<ReviewCard> = z.strictObject({
  due: isoTimeSchema,
  stability: z.number().min(0).max(1e6),
  difficulty: z.number().min(0).max(100),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  lastReview: isoTimeSchema.optional(),
});

export const reviewKeySchema = progressKeySchema.refine((key) => /^(question|drill):/.test(key), {
  error: 'must start with question: or drill:',
});

/** Version 4: version 3 plus review cards for what the learner missed. */
export interface ProgressV4 {
  readonly version: 4;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  readonly drills: Readonly<Record<string, DrillRecord>>;
  readonly reviews: Readonly<Record<string, ReviewCard>>;
  readonly preferences: Preferences;
}

export const progressV4Schema: z.ZodType<ProgressV4> = z.strictObject({
  version: z.literal(4),
  lessons: z.record(progressKeySchema, lessonProgressSchema),
  answers: z.record(progressKeySchema, answerRecordSchema),
  drills: z.record(progressKeySchema, drillRecordSchema),
  reviews: z.record(reviewKeySchema, reviewCardSchema),
  preferences: preferencesSchema,
});

export const progressV4Format: StoredFormat<ProgressV4> = {
  version: 4,
  schema: progressV4Schema,
  salvage(raw) {
    const lessons = salvageRecord(raw.lessons, 'lessons', progressKeySchema, lessonProgressSchema);
    const answers = salvageRecord(raw.answers, 'answers', progressKeySchema, answerRecordSchema);
    const drills = salvageRecord(raw.drills, 'drills', progressKeySchema, drillRecordSchema);
    const reviews = salvageRecord(raw.reviews, 'reviews', reviewKeySchema, reviewCardSchema);
    const preferences = salvagePreferences(raw.preferences);
    const sections = [lessons, answers, drills, reviews, preferences];
    // A record in which not one section can be read is not damaged progress but something else.
    if (!sections.some((section) => section.recognised)) return null;
    return {
      value: {
        version: 4,
        lessons: lessons.value,
        answers: answers.value,
        drills: drills.value,
        reviews: reviews.value,
        preferences: preferences.value,
      },
      dropped: [
        ...sections.flatMap((section) => section.dropped),
        ...unknownKeys(raw, ['version', 'lessons', 'answers', 'drills', 'reviews', 'preferences']),
      ],
    };
  },
};

/** Version 3 had no review cards: nothing to review yet. */
export function migrateV3ToV4(v3: ProgressV3): ProgressV4 {
  return { ...v3, version: 4, reviews: {} };
}
