import type { Question } from '@/lib/content/schemas';
import type { AnswerRecord } from '@/lib/progress';
import { shuffleStable } from './grade';
import { latestWasRight } from './latest-answer';

export const DIFFICULTIES = ['any', 'easy', 'medium', 'hard'] as const;
export const QUESTION_POOLS = ['all', 'unanswered', 'missed'] as const;
export const PRACTICE_SIZES = [10, 20, 0] as const;

/** What a learner asks to practise. Empty lesson or skill lists mean "all of them". */
export interface PracticeFilter {
  readonly lessons: readonly string[];
  readonly skills: readonly string[];
  readonly difficulty: (typeof DIFFICULTIES)[number];
  readonly pool: (typeof QUESTION_POOLS)[number];
  /** Questions per round; 0 means every matching question. */
  readonly size: (typeof PRACTICE_SIZES)[number];
}

export const DEFAULT_FILTER: PracticeFilter = { lessons: [], skills: [], difficulty: 'any', pool: 'all', size: 10 };

export function lessonOf(questionId: string): string {
  return questionId.split('/')[0] ?? '';
}

/** Every question the filter admits, in bank order. */
export function matchingQuestions<Q extends Pick<Question, 'id' | 'skill' | 'difficulty'>>(
  questions: readonly Q[],
  filter: PracticeFilter,
  answers: Readonly<Record<string, AnswerRecord>>,
): Q[] {
  return questions.filter((question) => {
    if (filter.lessons.length > 0 && !filter.lessons.includes(lessonOf(question.id))) return false;
    if (filter.skills.length > 0 && !filter.skills.includes(question.skill)) return false;
    if (filter.difficulty !== 'any' && question.difficulty !== filter.difficulty) return false;
    const latest = latestWasRight(answers[question.id]);
    if (filter.pool === 'unanswered') return latest === undefined;
    if (filter.pool === 'missed') return latest === false;
    return true;
  });
}

/** A round: the matching questions in an order fixed by the seed, cut to the filter's size. */
export function drawRound(
  questions: readonly Pick<Question, 'id' | 'skill' | 'difficulty'>[],
  filter: PracticeFilter,
  answers: Readonly<Record<string, AnswerRecord>>,
  seed: number,
): string[] {
  const ids = matchingQuestions(questions, filter, answers).map((question) => question.id);
  const shuffled = shuffleStable(ids, `practice:${seed}`);
  return filter.size === 0 ? shuffled : shuffled.slice(0, filter.size);
}

export interface SkillResult {
  readonly skill: string;
  readonly right: number;
  readonly total: number;
}

/** How a round went per skill, weakest first (lowest share right, then most questions, then by id). */
export function resultsBySkill(
  questions: readonly Pick<Question, 'id' | 'skill'>[],
  results: Readonly<Record<string, boolean>>,
): SkillResult[] {
  const tally = new Map<string, { right: number; total: number }>();
  for (const question of questions) {
    const result = results[question.id];
    if (result === undefined) continue;
    const entry = tally.get(question.skill) ?? { right: 0, total: 0 };
    tally.set(question.skill, { right: entry.right + (result ? 1 : 0), total: entry.total + 1 });
  }
  return [...tally]
    .map(([skill, { right, total }]) => ({ skill, right, total }))
    .sort((a, b) => a.right / a.total - b.right / b.total || b.total - a.total || a.skill.localeCompare(b.skill));
}
