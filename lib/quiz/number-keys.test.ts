import { describe, expect, it } from 'vitest';
import type { Question } from '@/lib/content/schemas';
import { initialResponse } from './grade';
import { displayedOptions, respondToNumberKey } from './number-keys';

const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id}`, explanation: `Because ${id}.` }));
const base = { skill: 's', section: 'x', difficulty: 'easy' as const, coverage: [1], stem: 'Which one is right?' };
const single: Question = { ...base, id: 'l/single', kind: 'single', options, answer: 'a' };
const multiple: Question = { ...base, id: 'l/multiple', kind: 'multiple', options, answer: ['a', 'b'] };

describe('respondToNumberKey', () => {
  it('chooses the nth option as shown, not as listed in the bank', () => {
    const shown = displayedOptions(single as Extract<Question, { kind: 'single' }>).map((option) => option.id);
    expect(shown).not.toEqual(['a', 'b', 'c', 'd']);
    expect(respondToNumberKey(single, initialResponse(single), 1)).toEqual({ kind: 'single', choice: shown[0] });
    expect(respondToNumberKey(single, initialResponse(single), 4)).toEqual({ kind: 'single', choice: shown[3] });
  });

  it('ticks and unticks options of a multiple-choice question', () => {
    const shown = displayedOptions(multiple as Extract<Question, { kind: 'multiple' }>).map((option) => option.id);
    const once = respondToNumberKey(multiple, initialResponse(multiple), 2);
    expect(once).toEqual({ kind: 'multiple', choices: [shown[1]] });
    const twice = respondToNumberKey(multiple, respondToNumberKey(multiple, once, 3), 2);
    expect(twice).toEqual({ kind: 'multiple', choices: [shown[2]] });
  });

  it('ignores numbers past the last option, and questions without options to choose', () => {
    const blank = initialResponse(single);
    expect(respondToNumberKey(single, blank, 5)).toBe(blank);
    const value: Question = { ...base, id: 'l/value', kind: 'value', answer: 3, tolerance: 0, explanation: 'Three of them.' };
    const unanswered = initialResponse(value);
    expect(respondToNumberKey(value, unanswered, 1)).toBe(unanswered);
  });
});
