import {
  answerValueSchema,
  isoTimeSchema,
  progressKeySchema,
  themePreferenceSchema,
  type AnswerValue,
  type LessonProgress,
  type Progress,
  type ReviewCard,
  type ThemePreference,
} from './progress';

/*
 * Pure updaters: each returns a new progress, or the same object when nothing changes (so a UI
 * store can skip a save and a re-render). Ids come from validated content, so a malformed id or
 * time is a bug in the caller and throws rather than being saved and later quarantined.
 */

function checkKey(kind: string, key: string): void {
  if (!progressKeySchema.safeParse(key).success)
    throw new RangeError(`${JSON.stringify(key)} is not a valid ${kind}`);
}

function checkTime(isoTime: string): void {
  if (!isoTimeSchema.safeParse(isoTime).success) {
    throw new RangeError(`${JSON.stringify(isoTime)} is not an ISO date and time`);
  }
}

function withLesson(progress: Progress, slug: string, entry: LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [slug]: entry } };
}

/** Marks a lesson finished at `isoTime`; finishing it again keeps the first time. */
export function markLessonDone(progress: Progress, slug: string, isoTime: string): Progress {
  checkKey('lesson slug', slug);
  checkTime(isoTime);
  const entry = progress.lessons[slug];
  if (entry?.done) return progress;
  return withLesson(progress, slug, { ...entry, done: true, doneAt: isoTime });
}

/** Un-finishes a lesson, keeping where the learner was reading. */
export function markLessonNotDone(progress: Progress, slug: string): Progress {
  checkKey('lesson slug', slug);
  const entry = progress.lessons[slug];
  if (!entry?.done) return progress;
  const { doneAt: _doneAt, ...rest } = entry;
  return withLesson(progress, slug, { ...rest, done: false });
}

/** Remembers the section (heading id) the learner last read in a lesson, to resume there. */
export function setLastSection(progress: Progress, slug: string, sectionId: string): Progress {
  checkKey('lesson slug', slug);
  if (sectionId.length === 0 || sectionId.length > 200)
    throw new RangeError('a section id has 1 to 200 characters');
  const entry = progress.lessons[slug];
  if (entry?.lastSection === sectionId) return progress;
  return withLesson(progress, slug, { done: false, ...entry, lastSection: sectionId });
}

/** Counts one attempt at a question, and remembers the latest answer and whether it was right. */
export function recordAnswer(
  progress: Progress,
  questionId: string,
  correct: boolean,
  isoTime: string,
  answer?: AnswerValue,
): Progress {
  checkKey('question id', questionId);
  checkTime(isoTime);
  // A JSON round trip stores exactly what a later load reads back (no undefined fields, no -0).
  const lastAnswer =
    answer === undefined ? undefined : answerValueSchema.safeParse(JSON.parse(JSON.stringify(answer)));
  if (lastAnswer && !lastAnswer.success) {
    throw new RangeError(`the answer to ${questionId} is too large or too deeply nested to keep`);
  }
  const previous = progress.answers[questionId];
  const counts = {
    attempts: (previous?.attempts ?? 0) + 1,
    correct: (previous?.correct ?? 0) + (correct ? 1 : 0),
  };
  // An answer older than the latest one kept (an exam submitted late, when its time had run out
  // days ago) counts, but does not replace what the learner answered since.
  const older = previous?.lastAt !== undefined && Date.parse(isoTime) < Date.parse(previous.lastAt);
  const record = older
    ? { ...previous, ...counts }
    : { ...counts, lastCorrect: correct, ...(lastAnswer ? { lastAnswer: lastAnswer.data } : {}), lastAt: isoTime };
  return { ...progress, answers: { ...progress.answers, [questionId]: record } };
}

/** Records that a failure drill reached its goal at `isoTime`; solving it again keeps the first time. */
export function markDrillSolved(progress: Progress, drillId: string, isoTime: string): Progress {
  checkKey('drill id', drillId);
  checkTime(isoTime);
  if (Object.hasOwn(progress.drills, drillId)) return progress;
  return { ...progress, drills: { ...progress.drills, [drillId]: { solvedAt: isoTime } } };
}

export function setThemePreference(progress: Progress, theme: ThemePreference): Progress {
  themePreferenceSchema.parse(theme);
  if (progress.preferences.theme === theme) return progress;
  return { ...progress, preferences: { ...progress.preferences, theme } };
}

/** Keeps a review card as lib/quiz/review scheduled it (`question:<id>` or `drill:<id>`). */
export function setReviewCard(progress: Progress, key: string, card: ReviewCard): Progress {
  checkKey('review card', key);
  if (!/^(question|drill):/.test(key)) throw new RangeError('a review card key starts with question: or drill:');
  checkTime(card.due);
  return { ...progress, reviews: { ...progress.reviews, [key]: card } };
}
