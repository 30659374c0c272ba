/**
 * The current progress format. When a version 3 arrives, this file points at `formats/v3.ts` and
 * `migrate.ts` gains one step; nothing outside `formats/` and `migrate.ts` names a version.
 */
import { progressV2Format, progressV2Schema, type ProgressV2 } from './formats/v2';

export type { AnswerRecord, AnswerValue, LessonProgress, Preferences, ThemePreference } from './formats/v2';
export { answerValueSchema, isoTimeSchema, progressKeySchema, themePreferenceSchema } from './formats/v2';

export type Progress = ProgressV2;
export const CURRENT_VERSION: Progress['version'] = 2;
export const progressSchema = progressV2Schema;
export const currentFormat = progressV2Format;

/** A learner who has not started yet. */
export function emptyProgress(): Progress {
  return { version: CURRENT_VERSION, lessons: {}, answers: {}, preferences: {} };
}
