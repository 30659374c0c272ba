/**
 * The learner's progress: a versioned record kept in a key-value storage the UI hands in
 * (`window.localStorage`, or `createMemoryStorage()` when that is unusable). Pure TypeScript: no
 * React, no DOM, no clock; times are ISO strings supplied by the caller.
 */
export type { KeyValueStorage, StorageFailure } from './storage';
export { createMemoryStorage, isQuotaError } from './storage';

export type {
  AnswerRecord,
  AnswerValue,
  DrillRecord,
  LessonProgress,
  Preferences,
  Progress,
  ReviewCard,
  ThemePreference,
} from './progress';
export { CURRENT_VERSION, emptyProgress, progressSchema } from './progress';
export type { ProgressV1 } from './formats/v1';
export type { ProgressV2 } from './formats/v2';
export type { ProgressV3 } from './formats/v3';
export type { DroppedPart } from './formats/format';

export type { MigrationResult } from './migrate';
export { migrateProgress, READABLE_VERSIONS } from './migrate';

export type { LoadResult, LoadStatus, SaveResult } from './load';
export { loadProgress, PROGRESS_KEY, saveProgress } from './load';
export type { LoadProblem } from './notices';
export { clearQuarantined, QUARANTINE_KEY_PREFIX, QUARANTINE_SLOTS, readQuarantined } from './quarantine';

export {
  markDrillSolved,
  markLessonDone,
  markLessonNotDone,
  recordAnswer,
  setLastSection,
  setReviewCard,
  setThemePreference,
} from './updaters';
export type { CourseCompletion } from './selectors';
export { courseCompletion, drillSolvedAt, firstUnfinished, isLessonDone } from './selectors';

export type { MergeOutcome } from './merge';
export { mergeProgress } from './merge';
export type { ProgressFile } from './export';
export { exportProgress, progressFileName } from './export';
export type { ImportChanges, ImportResult } from './import';
export { importProgress, MAX_IMPORT_CHARS } from './import';
