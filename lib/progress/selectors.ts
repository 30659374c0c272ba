import type { Progress } from './progress';

export function isLessonDone(progress: Progress, slug: string): boolean {
  return progress.lessons[slug]?.done === true;
}

/** When the learner first solved a failure drill, or undefined if they have not. */
export function drillSolvedAt(progress: Progress, drillId: string): string | undefined {
  return Object.hasOwn(progress.drills, drillId) ? progress.drills[drillId]?.solvedAt : undefined;
}

export interface CourseCompletion {
  readonly done: number;
  readonly total: number;
  /** Whole percent, rounded down so the course shows 100 only when every lesson is done. */
  readonly percent: number;
}

/** Completion over the lessons the course lists now; finished lessons that were since removed do not count. */
export function courseCompletion(progress: Progress, allSlugs: readonly string[]): CourseCompletion {
  const slugs = new Set(allSlugs);
  const done = [...slugs].filter((slug) => isLessonDone(progress, slug)).length;
  const total = slugs.size;
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total) };
}

/** The next lesson to read: the first in course order not yet done, or undefined when all are. */
export function firstUnfinished(progress: Progress, orderedSlugs: readonly string[]): string | undefined {
  return orderedSlugs.find((slug) => !isLessonDone(progress, slug));
}
