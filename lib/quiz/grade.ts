import type { Question } from '@/lib/content/schemas';

/** What a learner submitted, per question kind. */
export type Response =
  | { kind: 'single'; choice: string }
  | { kind: 'multiple'; choices: readonly string[] }
  | { kind: 'ordering'; order: readonly string[] }
  | { kind: 'value'; value: number };

export interface Grade {
  readonly correct: boolean;
  /** For choice questions: the option ids that are right. For ordering: the right order. */
  readonly expected: readonly string[];
}

/** Grades a response. A response of the wrong kind, or an incomplete one, is simply wrong. */
export function gradeResponse(question: Question, response: Response): Grade {
  switch (question.kind) {
    case 'single':
      return {
        correct: response.kind === 'single' && response.choice === question.answer,
        expected: [question.answer],
      };
    case 'multiple': {
      const expected = [...question.answer].sort();
      const given = response.kind === 'multiple' ? [...new Set(response.choices)].sort() : [];
      return { correct: sameList(given, expected), expected };
    }
    case 'ordering': {
      const expected = question.options.map((option) => option.id);
      return { correct: response.kind === 'ordering' && sameList(response.order, expected), expected };
    }
    case 'value':
      return {
        correct:
          response.kind === 'value' &&
          Number.isFinite(response.value) &&
          Math.abs(response.value - question.answer) <= question.tolerance,
        expected: [String(question.answer)],
      };
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** A stable shuffle keyed by a string, so a question shows the same order to every learner and in tests. */
export function shuffleStable<T>(items: readonly T[], key: string): T[] {
  let seed = 2166136261;
  for (const char of key) seed = Math.imul(seed ^ char.charCodeAt(0), 16777619) >>> 0;
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    seed = Math.imul(seed ^ (seed >>> 15), 2246822507) >>> 0;
    seed = Math.imul(seed ^ (seed >>> 13), 3266489909) >>> 0;
    const j = seed % (i + 1);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/** A blank answer: nothing chosen, ordering items in their stable shuffled order. */
export function initialResponse(question: Question): Response {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: '' };
    case 'multiple':
      return { kind: 'multiple', choices: [] };
    case 'ordering':
      return {
        kind: 'ordering',
        order: shuffleStable(
          question.options.map((option) => option.id),
          question.id,
        ),
      };
    case 'value':
      return { kind: 'value', value: Number.NaN };
  }
}

/** Whether the learner has given a full answer (for "choose two", exactly two choices). */
export function isComplete(question: Question, response: Response): boolean {
  if (response.kind === 'single') return response.choice !== '';
  if (response.kind === 'multiple')
    return question.kind === 'multiple' && response.choices.length === question.answer.length;
  if (response.kind === 'value') return Number.isFinite(response.value);
  return true;
}
