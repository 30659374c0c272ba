import type { Question } from '@/lib/content/schemas';
import { shuffleStable, type Response } from './grade';

type ChoiceQuestion = Extract<Question, { kind: 'single' | 'multiple' }>;

/** Choice options in the order the learner sees them: banks list the answer first as often as not. */
export function displayedOptions(question: ChoiceQuestion): ChoiceQuestion['options'] {
  return shuffleStable(question.options, question.id);
}

/**
 * The response after pressing number key `n` (1 for the first option shown): a single-choice
 * question takes that option, a multiple-choice one ticks or unticks it. Other kinds, and numbers
 * past the last option, leave the response as it was.
 */
export function respondToNumberKey(question: Question, response: Response, n: number): Response {
  if (question.kind !== 'single' && question.kind !== 'multiple') return response;
  const option = displayedOptions(question)[n - 1];
  if (option === undefined) return response;
  if (question.kind === 'single') return { kind: 'single', choice: option.id };
  const chosen = response.kind === 'multiple' ? response.choices : [];
  return {
    kind: 'multiple',
    choices: chosen.includes(option.id) ? chosen.filter((id) => id !== option.id) : [...chosen, option.id],
  };
}
