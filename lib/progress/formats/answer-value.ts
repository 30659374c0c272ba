import { z } from '@/lib/zod';

/**
 * What the learner submitted, as the quiz hands it over (`{ kind: 'single', choice: 'b' }`, a list
 * of option ids, a number…): any small JSON value. The store only keeps it for "your last answer".
 */
export type AnswerValue =
  null | boolean | number | string | readonly AnswerValue[] | { readonly [key: string]: AnswerValue };

const MAX_DEPTH = 8;
/** Characters of JSON; a quiz answer is a few dozen. */
export const MAX_ANSWER_CHARS = 4_000;

// Depth is checked before anything recursive runs, so a hostile, deeply nested file cannot
// overflow the stack while being validated.
function isShallowJson(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth >= MAX_DEPTH || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.every((item) => isShallowJson(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return false;
  return Object.values(value).every((item) => isShallowJson(item, depth + 1));
}

export function isAnswerValue(value: unknown): value is AnswerValue {
  return isShallowJson(value, 0) && JSON.stringify(value).length <= MAX_ANSWER_CHARS;
}

export const answerValueSchema: z.ZodType<AnswerValue> = z.custom<AnswerValue>(isAnswerValue, {
  error: `must be a JSON value of at most ${MAX_ANSWER_CHARS} characters`,
});
