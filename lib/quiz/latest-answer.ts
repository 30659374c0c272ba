import type { AnswerRecord } from '@/lib/progress';

/**
 * Whether the learner's latest answer to a question was right: undefined when never answered.
 * Records from before `lastCorrect` was kept count as right only if every attempt was.
 */
export function latestWasRight(record: AnswerRecord | undefined): boolean | undefined {
  if (record === undefined || record.attempts === 0) return undefined;
  return record.lastCorrect ?? record.correct === record.attempts;
}
