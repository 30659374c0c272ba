import { z } from '@/lib/zod';
import { answerValueSchema, type AnswerValue } from './answer-value';
import { isPlainObject, salvageRecord, unknownKeys, type DroppedPart, type StoredFormat } from './format';

export { answerValueSchema, type AnswerValue };

/**
 * Version 2: per-lesson records, per-question answer tallies and preferences.
 * Keys are lesson slugs and question ids (`lesson-slug/short-name`); the pattern also keeps
 * `__proto__` and friends out of the record objects.
 */
export const progressKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}$/, { error: 'must be a lesson slug or question id' });

/** Times are supplied by the caller (the store never reads the clock), as ISO 8601 strings. */
export const isoTimeSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO date and time, like 2025-01-31T09:30:00.000Z',
});

export type ThemePreference = 'light' | 'dark' | 'system';
export const themePreferenceSchema = z.enum(['light', 'dark', 'system'], {
  error: 'must be "light", "dark" or "system"',
});

export interface LessonProgress {
  readonly done: boolean;
  readonly doneAt?: string;
  /** Heading id of the section the learner last read, to resume there. */
  readonly lastSection?: string;
}
export const lessonProgressSchema: z.ZodType<LessonProgress> = z.strictObject({
  done: z.boolean(),
  doneAt: isoTimeSchema.optional(),
  lastSection: z.string().min(1).max(200).optional(),
});

export interface AnswerRecord {
  readonly attempts: number;
  readonly correct: number;
  /** Whether the latest attempt was right: "review what I missed" reads this. */
  readonly lastCorrect?: boolean;
  readonly lastAnswer?: AnswerValue;
  readonly lastAt?: string;
}
export const answerRecordSchema: z.ZodType<AnswerRecord> = z
  .strictObject({
    attempts: z.int().min(0),
    correct: z.int().min(0),
    lastCorrect: z.boolean().optional(),
    lastAnswer: answerValueSchema.optional(),
    lastAt: isoTimeSchema.optional(),
  })
  .refine((record) => record.correct <= record.attempts, {
    error: 'cannot be more than attempts',
    path: ['correct'],
  });

export interface Preferences {
  readonly theme?: ThemePreference;
}
export const preferencesSchema: z.ZodType<Preferences> = z.strictObject({
  theme: themePreferenceSchema.optional(),
});

export interface ProgressV2 {
  readonly version: 2;
  readonly lessons: Readonly<Record<string, LessonProgress>>;
  readonly answers: Readonly<Record<string, AnswerRecord>>;
  readonly preferences: Preferences;
}

export const progressV2Schema: z.ZodType<ProgressV2> = z.strictObject({
  version: z.literal(2),
  lessons: z.record(progressKeySchema, lessonProgressSchema),
  answers: z.record(progressKeySchema, answerRecordSchema),
  preferences: preferencesSchema,
});

export function salvagePreferences(raw: unknown): {
  value: Preferences;
  dropped: DroppedPart[];
  recognised: boolean;
} {
  if (raw === undefined) return { value: {}, dropped: [], recognised: false };
  if (!isPlainObject(raw)) {
    return { value: {}, dropped: [{ section: 'preferences', path: 'preferences' }], recognised: false };
  }
  const dropped: DroppedPart[] = Object.keys(raw)
    .filter((key) => key !== 'theme')
    .map((key) => ({ section: 'preferences', path: `preferences.${key}` }));
  if (raw.theme === undefined) return { value: {}, dropped, recognised: true };
  const theme = themePreferenceSchema.safeParse(raw.theme);
  if (theme.success) return { value: { theme: theme.data }, dropped, recognised: true };
  return {
    value: {},
    dropped: [...dropped, { section: 'preferences', path: 'preferences.theme' }],
    recognised: true,
  };
}

export const progressV2Format: StoredFormat<ProgressV2> = {
  version: 2,
  schema: progressV2Schema,
  salvage(raw) {
    const lessons = salvageRecord(raw.lessons, 'lessons', progressKeySchema, lessonProgressSchema);
    const answers = salvageRecord(raw.answers, 'answers', progressKeySchema, answerRecordSchema);
    const preferences = salvagePreferences(raw.preferences);
    // A record in which not one section can be read is not damaged progress but something else.
    if (!lessons.recognised && !answers.recognised && !preferences.recognised) return null;
    return {
      value: { version: 2, lessons: lessons.value, answers: answers.value, preferences: preferences.value },
      dropped: [
        ...lessons.dropped,
        ...answers.dropped,
        ...preferences.dropped,
        ...unknownKeys(raw, ['version', 'lessons', 'answers', 'preferences']),
      ],
    };
  },
};
