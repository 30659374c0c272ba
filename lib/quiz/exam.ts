import type { Question } from '@/lib/content/schemas';
import { gradeResponse, isComplete, shuffleStable, type Response } from './grade';

/**
 * The formats of the AWS certification exams this course serves, as their exam guides state them:
 * number of questions, minutes, and the pass mark on AWS's scaled score of 100 to 1,000. AWS
 * scores with a scaling model it does not publish, and some questions are unscored; Dockyard scores
 * every question and maps the share right linearly onto 100–1,000, an approximation it says so.
 */
export interface ExamFormat {
  readonly id: string;
  readonly certification: 'CLF' | 'SAA' | 'DVA' | 'SOA' | 'DOP';
  readonly title: string;
  readonly code: string;
  readonly questions: number;
  readonly minutes: number;
  readonly passScaled: number;
}

export const EXAM_FORMATS: readonly ExamFormat[] = [
  { id: 'clf', certification: 'CLF', title: 'Cloud Practitioner', code: 'CLF-C02', questions: 65, minutes: 90, passScaled: 700 },
  { id: 'saa', certification: 'SAA', title: 'Solutions Architect – Associate', code: 'SAA-C03', questions: 65, minutes: 130, passScaled: 720 },
  { id: 'dva', certification: 'DVA', title: 'Developer – Associate', code: 'DVA-C02', questions: 65, minutes: 130, passScaled: 720 },
  { id: 'soa', certification: 'SOA', title: 'CloudOps Engineer – Associate', code: 'SOA-C03', questions: 65, minutes: 130, passScaled: 720 },
  { id: 'dop', certification: 'DOP', title: 'DevOps Engineer – Professional', code: 'DOP-C02', questions: 75, minutes: 180, passScaled: 750 },
];

/** A custom exam: questions from every lesson, two minutes each, the associate pass mark. */
export const CUSTOM_MINUTES_PER_QUESTION = 2;
export const CUSTOM_PASS_SCALED = 720;

/** An exam being taken or taken: kept in local storage so a reload or a closed tab loses nothing. */
export interface ExamAttempt {
  readonly version: 1;
  /** An EXAM_FORMATS id, or "custom". */
  readonly format: string;
  readonly title: string;
  readonly ids: readonly string[];
  /** Epoch milliseconds; the clock is the caller's. */
  readonly startedAt: number;
  readonly durationMs: number;
  readonly passScaled: number;
  readonly responses: Readonly<Record<string, Response>>;
  readonly flagged: readonly string[];
  readonly position: number;
  /** Set once submitted, by the learner or by the clock reaching zero. */
  readonly submittedAt?: number;
  readonly autoSubmitted?: boolean;
}

export const EXAM_KEY = 'dockyard:exam';

/**
 * The questions an exam draws from: for a certification, those whose skill serves one of its
 * domains; then, in an order fixed by the seed, as many as the format asks for (all there are if
 * the banks hold fewer). The time shrinks in proportion when there are fewer questions than the
 * real exam has, so the pace per question stays the real one.
 */
export function draftExam(
  questions: readonly Pick<Question, 'id' | 'skill'>[],
  skillsServing: ReadonlySet<string> | null,
  count: number,
  minutes: number,
  seed: number,
): { ids: string[]; durationMs: number } {
  const pool = questions.filter((question) => skillsServing === null || skillsServing.has(question.skill));
  const ids = shuffleStable(
    pool.map((question) => question.id),
    `exam:${seed}`,
  ).slice(0, count);
  const durationMs = Math.round((minutes * 60_000 * ids.length) / Math.max(count, 1));
  return { ids, durationMs };
}

export function startExam(
  format: Pick<ExamAttempt, 'format' | 'title' | 'passScaled'>,
  ids: readonly string[],
  durationMs: number,
  now: number,
): ExamAttempt {
  return { version: 1, ...format, ids, startedAt: now, durationMs, responses: {}, flagged: [], position: 0 };
}

export function remainingMs(attempt: ExamAttempt, now: number): number {
  const end = attempt.startedAt + attempt.durationMs;
  return Math.max(0, end - (attempt.submittedAt ?? now));
}

export function isSubmitted(attempt: ExamAttempt): boolean {
  return attempt.submittedAt !== undefined;
}

/** The last five minutes, when the countdown turns amber. */
export function isRunningOut(attempt: ExamAttempt, now: number): boolean {
  return !isSubmitted(attempt) && remainingMs(attempt, now) <= 5 * 60_000;
}

export function answer(attempt: ExamAttempt, id: string, response: Response): ExamAttempt {
  if (isSubmitted(attempt)) return attempt;
  return { ...attempt, responses: { ...attempt.responses, [id]: response } };
}

export function toggleFlag(attempt: ExamAttempt, id: string): ExamAttempt {
  if (isSubmitted(attempt)) return attempt;
  const flagged = attempt.flagged.includes(id) ? attempt.flagged.filter((value) => value !== id) : [...attempt.flagged, id];
  return { ...attempt, flagged };
}

export function goTo(attempt: ExamAttempt, position: number): ExamAttempt {
  return { ...attempt, position: Math.min(Math.max(0, position), attempt.ids.length - 1) };
}

export function submit(attempt: ExamAttempt, now: number): ExamAttempt {
  if (isSubmitted(attempt)) return attempt;
  return { ...attempt, submittedAt: Math.min(now, attempt.startedAt + attempt.durationMs) };
}

/** Submits when time is up, stamped at the moment it ran out (the tab may have been closed then). */
export function submitIfTimeUp(attempt: ExamAttempt, now: number): ExamAttempt {
  if (isSubmitted(attempt) || remainingMs(attempt, now) > 0) return attempt;
  return { ...submit(attempt, now), autoSubmitted: true };
}

/** Whether the question has a full answer (for "choose two", two choices). */
export function isAnswered(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>, id: string): boolean {
  const question = byId.get(id);
  const response = attempt.responses[id];
  return question !== undefined && response !== undefined && isComplete(question, response);
}

/** What the navigator shows for each question: answered or not, and flagged or not, separately. */
export interface QuestionState {
  readonly answered: boolean;
  readonly flagged: boolean;
}

export function questionStates(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>): QuestionState[] {
  return attempt.ids.map((id) => ({ answered: isAnswered(attempt, byId, id), flagged: attempt.flagged.includes(id) }));
}

/** The counts the navigator and the submit dialog both show, so they always agree. */
export function examCounts(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>) {
  const states = questionStates(attempt, byId);
  const answered = states.filter((state) => state.answered).length;
  return { answered, unanswered: states.length - answered, flagged: states.filter((state) => state.flagged).length };
}

/** The answered questions with whether each is right: what a submitted exam adds to progress. */
export function gradedAnswers(
  attempt: ExamAttempt,
  byId: ReadonlyMap<string, Question>,
): { id: string; correct: boolean; response: Response }[] {
  return attempt.ids.flatMap((id) => {
    const question = byId.get(id);
    const response = attempt.responses[id];
    if (!question || !response || !isComplete(question, response)) return [];
    return [{ id, correct: gradeResponse(question, response).correct, response }];
  });
}

export interface ExamResult {
  readonly total: number;
  readonly right: number;
  readonly scaled: number;
  readonly passed: boolean;
  /** Per question: right or not (unanswered and incomplete answers count as wrong). */
  readonly correct: Readonly<Record<string, boolean>>;
}

/** Scores a submitted exam: every question counts, unanswered and incomplete ones as wrong. */
export function scoreExam(attempt: ExamAttempt, byId: ReadonlyMap<string, Question>): ExamResult {
  const correct: Record<string, boolean> = Object.fromEntries(attempt.ids.map((id) => [id, false]));
  for (const graded of gradedAnswers(attempt, byId)) correct[graded.id] = graded.correct;
  const right = Object.values(correct).filter(Boolean).length;
  const total = attempt.ids.length;
  const scaled = total === 0 ? 100 : Math.round(100 + (900 * right) / total);
  return { total, right, scaled, passed: scaled >= attempt.passScaled, correct };
}
