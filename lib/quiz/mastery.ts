import type { AnswerRecord } from '@/lib/progress';
import { latestWasRight } from './latest-answer';
import { GENERATED_PREFIX } from './generators/generated-id';

/** How well a learner knows a skill, from its questions' latest answers. */
export type MasteryLevel = 'not-started' | 'attempted' | 'familiar' | 'proficient' | 'mastered';

export const MASTERY_LEVELS: readonly MasteryLevel[] = [
  'not-started',
  'attempted',
  'familiar',
  'proficient',
  'mastered',
];

export const MASTERY_WORDS: Readonly<Record<MasteryLevel, string>> = {
  'not-started': 'not started',
  attempted: 'attempted',
  familiar: 'familiar',
  proficient: 'proficient',
  mastered: 'mastered',
};

export interface SkillMastery {
  readonly level: MasteryLevel;
  /** Questions in the skill. */
  readonly total: number;
  /** Questions whose latest answer was right. */
  readonly right: number;
  /** Questions whose latest answer was wrong: each one holds the level down until it is answered right. */
  readonly missed: number;
}

/**
 * The level follows the latest answer to each question, so a miss brings it down at once and a
 * later right answer to that question lifts it again:
 * - mastered: at least 80 % of the skill's questions (and at least 3) right now, none missed;
 * - proficient: at least half (and at least 3) right, at most one missed;
 * - familiar: at least 2 right, and more right than missed;
 * - attempted: anything answered.
 */
export function skillMastery(
  questionIds: readonly string[],
  answers: Readonly<Record<string, AnswerRecord>>,
): SkillMastery {
  let right = 0;
  let missed = 0;
  // A generated kind joins its skill's total once answered, so adding kinds never lowers a level.
  const counted = questionIds.filter(
    (id) => !id.startsWith(`${GENERATED_PREFIX}/`) || answers[id] !== undefined,
  );
  for (const id of counted) {
    const latest = latestWasRight(answers[id]);
    if (latest === true) right++;
    else if (latest === false) missed++;
  }
  const total = counted.length;
  return { level: levelFor(right, missed, total), total, right, missed };
}

function levelFor(right: number, missed: number, total: number): MasteryLevel {
  if (right + missed === 0) return 'not-started';
  const atLeast = (share: number) => right >= Math.max(3, Math.ceil(share * total));
  if (missed === 0 && atLeast(0.8)) return 'mastered';
  if (missed <= 1 && atLeast(0.5)) return 'proficient';
  if (right >= 2 && right > missed) return 'familiar';
  return 'attempted';
}

/** Mastery of every skill that has questions, keyed by skill id. */
export function masteryBySkill(
  questions: readonly { readonly id: string; readonly skill: string }[],
  answers: Readonly<Record<string, AnswerRecord>>,
): Map<string, SkillMastery> {
  const idsBySkill = new Map<string, string[]>();
  for (const question of questions) {
    const ids = idsBySkill.get(question.skill) ?? [];
    ids.push(question.id);
    idsBySkill.set(question.skill, ids);
  }
  return new Map([...idsBySkill].map(([skill, ids]) => [skill, skillMastery(ids, answers)]));
}
