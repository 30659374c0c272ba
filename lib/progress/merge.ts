import type { AnswerRecord, DrillRecord, LessonProgress, Progress, ReviewCard } from './progress';

export interface MergeOutcome {
  readonly progress: Progress;
  /** Lessons done in the imported progress that were not done here. */
  readonly lessonsMarkedDone: number;
  /** Lessons this progress had no record of, copied as they were (reading position only). */
  readonly lessonsAdded: number;
  /** Answer records that were new here or changed by the merge. */
  readonly answersMerged: number;
  /** Drills solved in the import that were not solved here. */
  readonly drillsSolved: number;
  /** Review cards new here, or reviewed more recently in the import. */
  readonly reviewsMerged: number;
  readonly themeAdopted: boolean;
}

function mergeLesson(mine: LessonProgress | undefined, theirs: LessonProgress): LessonProgress | undefined {
  if (!mine) return theirs;
  if (mine.done || !theirs.done) return undefined;
  return { ...theirs, ...(mine.lastSection ? { lastSection: mine.lastSection } : {}) };
}

function time(iso: string | undefined): number {
  return iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso);
}

function lastOf(record: AnswerRecord): Partial<AnswerRecord> {
  const { attempts: _attempts, correct: _correct, ...last } = record;
  return last;
}

function mergeAnswer(mine: AnswerRecord | undefined, theirs: AnswerRecord): AnswerRecord | undefined {
  if (!mine) return theirs;
  // The same attempts may be in both files (a learner re-importing an older export), so tallies
  // take the larger count rather than the sum: merging never invents attempts, and importing the
  // same file twice changes nothing. correct <= attempts holds for both, so it holds for the maxima.
  const merged: AnswerRecord = {
    attempts: Math.max(mine.attempts, theirs.attempts),
    correct: Math.max(mine.correct, theirs.correct),
    ...lastOf(time(theirs.lastAt) > time(mine.lastAt) ? theirs : mine),
  };
  return sameAnswer(merged, mine) ? undefined : merged;
}

function sameAnswer(a: AnswerRecord, b: AnswerRecord): boolean {
  return (
    a.attempts === b.attempts &&
    a.correct === b.correct &&
    a.lastCorrect === b.lastCorrect &&
    a.lastAt === b.lastAt &&
    JSON.stringify(a.lastAnswer) === JSON.stringify(b.lastAnswer)
  );
}

/** The card reviewed last wins: its schedule already includes the other's reviews or is newer. */
function mergeReview(mine: ReviewCard | undefined, theirs: ReviewCard): ReviewCard | undefined {
  if (!mine) return theirs;
  const newer = time(theirs.lastReview) > time(mine.lastReview) || (theirs.lastReview === mine.lastReview && theirs.reps > mine.reps);
  return newer ? theirs : undefined;
}

/**
 * Folds imported progress into the learner's current progress without losing anything of theirs:
 * - lessons: union of "done" (import never un-finishes a lesson); a lesson done only in the import
 *   takes its `doneAt`, keeping the current reading position; lessons unknown here are copied;
 * - answers: attempts and correct are the maximum of the two; the latest answer (`lastAt`) wins;
 * - drills: union of solved drills; one solved on both sides keeps the time it has here;
 * - reviews: union of review cards; a card on both sides keeps the one reviewed last;
 * - preferences: the current theme wins, the imported one fills it only when unset.
 */
export function mergeProgress(current: Progress, imported: Progress): MergeOutcome {
  const lessons: Record<string, LessonProgress> = { ...current.lessons };
  let lessonsMarkedDone = 0;
  let lessonsAdded = 0;
  for (const [slug, theirs] of Object.entries(imported.lessons)) {
    const mine = current.lessons[slug];
    const merged = mergeLesson(mine, theirs);
    if (!merged) continue;
    lessons[slug] = merged;
    if (merged.done) lessonsMarkedDone += 1;
    else lessonsAdded += 1;
  }
  const answers: Record<string, AnswerRecord> = { ...current.answers };
  let answersMerged = 0;
  for (const [questionId, theirs] of Object.entries(imported.answers)) {
    const merged = mergeAnswer(current.answers[questionId], theirs);
    if (!merged) continue;
    answers[questionId] = merged;
    answersMerged += 1;
  }
  const drills: Record<string, DrillRecord> = { ...current.drills };
  let drillsSolved = 0;
  for (const [drillId, theirs] of Object.entries(imported.drills)) {
    if (Object.hasOwn(drills, drillId)) continue;
    drills[drillId] = theirs;
    drillsSolved += 1;
  }
  const reviews: Record<string, ReviewCard> = { ...current.reviews };
  let reviewsMerged = 0;
  for (const [key, theirs] of Object.entries(imported.reviews)) {
    const merged = mergeReview(current.reviews[key], theirs);
    if (!merged) continue;
    reviews[key] = merged;
    reviewsMerged += 1;
  }
  const themeAdopted = current.preferences.theme === undefined && imported.preferences.theme !== undefined;
  const preferences = themeAdopted
    ? { ...current.preferences, theme: imported.preferences.theme }
    : current.preferences;
  const changed = lessonsMarkedDone + lessonsAdded + answersMerged + drillsSolved + reviewsMerged > 0 || themeAdopted;
  return {
    progress: changed ? { ...current, lessons, answers, drills, reviews, preferences } : current,
    lessonsMarkedDone,
    lessonsAdded,
    answersMerged,
    drillsSolved,
    reviewsMerged,
    themeAdopted,
  };
}
