import { z } from '@/lib/zod';
import { salvageRecord, unknownKeys, type StoredFormat } from './format';
import {
  answerRecordSchema,
  isoTimeSchema,
  lessonProgressSchema,
  preferencesSchema,
  progressKeySchema,
  salvagePreferences,
  type AnswerRecord,
  type LessonProgress,
  type Preferences,
  type ProgressV2,
} from './v2';

/** A failure drill the learner brought to its goal; only the first solve is kept. */
export interface DrillRecord {
  readonly solvedAt: string;
}
export const drillRecordSchema: z.ZodType<DrillRecord> = z.strictObject({ solvedAt: isoTimeSchema });

/**
 * Version 3: version 2 plus solved failure drills, keyed by drill id (`lesson-slug/short-name`,
 * the same pattern as question ids).
 */
export interface ProgressV3 {
  readonly version: 3;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  readonly drills: Readonly<Record<string, DrillRecord>>;
  readonly preferences: Preferences;
}

export const progressV3Schema: z.ZodType<ProgressV3> = z.strictObject({
  version: z.literal(3),
  lessons: z.record(progressKeySchema, lessonProgressSchema),
  answers: z.record(progressKeySchema, answerRecordSchema),
  drills: z.record(progressKeySchema, drillRecordSchema),
  preferences: preferencesSchema,
});

export const progressV3Format: StoredFormat<ProgressV3> = {
  version: 3,
  schema: progressV3Schema,
  salvage(raw) {
    const lessons = salvageRecord(raw.lessons, 'lessons', progressKeySchema, lessonProgressSchema);
    const answers = salvageRecord(raw.answers, 'answers', progressKeySchema, answerRecordSchema);
    const drills = salvageRecord(raw.drills, 'drills', progressKeySchema, drillRecordSchema);
    const preferences = salvagePreferences(raw.preferences);
    // A record in which not one section can be read is not damaged progress but something else.
    if (!lessons.recognised && !answers.recognised && !drills.recognised && !preferences.recognised)
      return null;
    return {
      value: {
        version: 3,
        lessons: lessons.value,
        answers: answers.value,
        drills: drills.value,
        preferences: preferences.value,
      },
      dropped: [
        ...lessons.dropped,
        ...answers.dropped,
        ...drills.dropped,
        ...preferences.dropped,
        ...unknownKeys(raw, ['version', 'lessons', 'answers', 'drills', 'preferences']),
      ],
    };
  },
};

/** Version 2 had no drills: none solved yet. */
export function migrateV2ToV3(v2: ProgressV2): ProgressV3 {
  return { ...v2, version: 3, drills: {} };
}
