/**
 * The current progress format. When a version 4 arrives, this file points at `formats/v4.ts` and
 * `migrate.ts` gains one step; nothing outside `formats/` and `migrate.ts` names a version.
 */
import { progressV3Format, progressV3Schema, type ProgressV3 } from './formats/v3';

export type { AnswerRecord, AnswerValue, LessonProgress, Preferences, ThemePreference } from './formats/v2';
export { answerValueSchema, isoTimeSchema, progressKeySchema, themePreferenceSchema } from './formats/v2';
export type { DrillRecord } from './formats/v3';

export type Progress = ProgressV3;
export const CURRENT_VERSION: Progress['version'] = 3;
export const progressSchema = progressV3Schema;
export const currentFormat = progressV3Format;

/** A learner who has not started yet. */
export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, lessons: {}, answers: {}, drills: {}, preferences: {} };
}
