/**
 * The current progress format. When a version 5 arrives, this file points at `formats/v5.ts` and
 * `migrate.ts` gains one step; nothing outside `formats/` and `migrate.ts` names a version.
 */
import { progressV4Format, progressV4Schema, type ProgressV4 } from './formats/v4';

export type { AnswerRecord, AnswerValue, LessonProgress, Preferences, ThemePreference } from './formats/v2';
export { answerValueSchema, isoTimeSchema, progressKeySchema, themePreferenceSchema } from './formats/v2';
export type { DrillRecord } from './formats/v3';
export type { ReviewCard } from './formats/v4';

export type Progress = ProgressV4;
export const CURRENT_VERSION: Progress['version'] = 4;
export const progressSchema = progressV4Schema;
export const currentFormat = progressV4Format;

/** A learner who has not started yet. */
export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, lessons: {}, answers: {}, drills: {}, reviews: {}, preferences: {} };
}
