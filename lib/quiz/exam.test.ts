import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '@/lib/content/schemas';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';
import {
  answer,
  draftExam,
  examCounts,
  EXAM_FORMATS,
  goTo,
  isRunningOut,
  questionStates,
  remainingMs,
  scoreExam,
  startExam,
  submit,
  submitIfTimeUp,
  toggleFlag,
} from './exam';
import { restoreExam } from './restore-exam';

const options = ['a', 'b', 'c'].map((id) => ({ id, text: `Option ${id}`, explanation: `Because ${id}.` }));
const base = { skill: 'ecs-iam-roles', section: 'x', difficulty: 'easy' as const, coverage: [18], stem: 'Which role is it?' };
const questions: Question[] = [
  { ...base, id: 'l/q1', kind: 'single', options, answer: 'a' },
  { ...base, id: 'l/q2', kind: 'single', options, answer: 'b' },
  { ...base, id: 'l/q3', kind: 'multiple', options: [...options, { id: 'd', text: 'D', explanation: 'Because d.' }], answer: ['a', 'c'] },
  { ...base, id: 'l/q4', kind: 'value', answer: 29, tolerance: 0, explanation: 'Twenty-nine of them.', skill: 'other' },
];
const byId = new Map(questions.map((question) => [question.id, question]));
const T0 = Date.UTC(2026, 11, 4, 18, 0, 0);
const MINUTE = 60_000;

function exam(durationMinutes = 10) {
  return startExam({ format: 'custom', title: 'Custom', passScaled: 720 }, ['l/q1', 'l/q2', 'l/q3', 'l/q4'], durationMinutes * MINUTE, T0);
}

describe('exam formats', () => {
  it('copy the published formats: 65 questions for the associates, 75 in 180 minutes for DevOps Professional', () => {
    const saa = EXAM_FORMATS.find((format) => format.code === 'SAA-C03');
    expect(saa).toMatchObject({ questions: 65, minutes: 130, passScaled: 720 });
    expect(EXAM_FORMATS.find((format) => format.code === 'CLF-C02')).toMatchObject({ minutes: 90, passScaled: 700 });
    expect(EXAM_FORMATS.find((format) => format.code === 'DOP-C02')).toMatchObject({ questions: 75, minutes: 180, passScaled: 750 });
  });
});

describe('draftExam', () => {
  it('draws only questions whose skill serves the exam, and scales the time to the pace of the real one', () => {
    const { ids, durationMs } = draftExam(questions, new Set(['ecs-iam-roles']), 65, 130, 7);
    expect([...ids].sort()).toEqual(['l/q1', 'l/q2', 'l/q3']);
    expect(durationMs).toBe(6 * MINUTE);
    expect(draftExam(questions, null, 2, 4, 7)).toMatchObject({ durationMs: 4 * MINUTE });
    expect(draftExam(questions, null, 2, 4, 7).ids).toHaveLength(2);
  });
});

describe('the clock (simulated time)', () => {
  it('counts down, turns to running out in the last five minutes, and stops at zero', () => {
    const attempt = exam(10);
    expect(remainingMs(attempt, T0)).toBe(10 * MINUTE);
    expect(isRunningOut(attempt, T0 + 4 * MINUTE)).toBe(false);
    expect(isRunningOut(attempt, T0 + 5 * MINUTE)).toBe(true);
    expect(remainingMs(attempt, T0 + 11 * MINUTE)).toBe(0);
  });

  it('submits by itself at zero, stamped when time ran out even if the tab was closed then', () => {
    const attempt = answer(exam(10), 'l/q1', { kind: 'single', choice: 'a' });
    expect(submitIfTimeUp(attempt, T0 + 9 * MINUTE)).toBe(attempt);
    const late = submitIfTimeUp(attempt, T0 + 3 * 60 * MINUTE);
    expect(late).toMatchObject({ submittedAt: T0 + 10 * MINUTE, autoSubmitted: true });
    expect(remainingMs(late, T0 + 5 * 60 * MINUTE)).toBe(0);
  });

  it('freezes the remaining time when submitted early, and refuses changes after', () => {
    const done = submit(exam(10), T0 + 2 * MINUTE);
    expect(remainingMs(done, T0 + 9 * MINUTE)).toBe(8 * MINUTE);
    expect(answer(done, 'l/q2', { kind: 'single', choice: 'b' })).toBe(done);
    expect(toggleFlag(done, 'l/q2')).toBe(done);
    expect(submit(done, T0 + 3 * MINUTE)).toBe(done);
  });
});

describe('answering, flagging and moving', () => {
  it('shows each question as answered, unanswered or flagged', () => {
    let attempt = answer(exam(), 'l/q1', { kind: 'single', choice: 'a' });
    attempt = answer(attempt, 'l/q3', { kind: 'multiple', choices: ['a'] });
    attempt = toggleFlag(attempt, 'l/q2');
    expect(questionStates(attempt, byId)).toEqual([
      { answered: true, flagged: false },
      { answered: false, flagged: true },
      { answered: false, flagged: false },
      { answered: false, flagged: false },
    ]);
    expect(examCounts(attempt, byId)).toEqual({ answered: 1, unanswered: 3, flagged: 1 });
    const flaggedAnswered = toggleFlag(attempt, 'l/q1');
    expect(examCounts(flaggedAnswered, byId)).toEqual({ answered: 1, unanswered: 3, flagged: 2 });
    expect(questionStates(toggleFlag(attempt, 'l/q2'), byId)[1]).toEqual({ answered: false, flagged: false });
  });

  it('stays within the questions', () => {
    expect(goTo(exam(), 9).position).toBe(3);
    expect(goTo(exam(), -2).position).toBe(0);
  });
});

describe('scoreExam', () => {
  it('counts unanswered and incomplete answers as wrong, and maps the share right onto 100-1,000', () => {
    let attempt = answer(exam(), 'l/q1', { kind: 'single', choice: 'a' });
    attempt = answer(attempt, 'l/q3', { kind: 'multiple', choices: ['a', 'c'] });
    attempt = answer(attempt, 'l/q4', { kind: 'value', value: 29 });
    attempt = submit(attempt, T0 + MINUTE);
    expect(scoreExam(attempt, byId)).toEqual({
      total: 4,
      right: 3,
      scaled: 775,
      passed: true,
      correct: { 'l/q1': true, 'l/q2': false, 'l/q3': true, 'l/q4': true },
    });
    const half = scoreExam(submit(answer(exam(), 'l/q1', { kind: 'single', choice: 'a' }), T0), byId);
    expect(half).toMatchObject({ right: 1, scaled: 325, passed: false });
  });

  it('keeps the scaled score between 100 and 1,000 and passing monotone in right answers (property)', () => {
    fc.assert(
      fc.property(fc.subarray(['l/q1', 'l/q2', 'l/q3', 'l/q4']), (rightOnes) => {
        let attempt = exam();
        for (const id of rightOnes) {
          const question = byId.get(id)!;
          const response =
            question.kind === 'single'
              ? { kind: 'single' as const, choice: question.answer }
              : question.kind === 'multiple'
                ? { kind: 'multiple' as const, choices: question.answer }
                : { kind: 'value' as const, value: 29 };
          attempt = answer(attempt, id, response);
        }
        const result = scoreExam(submit(attempt, T0), byId);
        expect(result.right).toBe(rightOnes.length);
        expect(result.scaled).toBeGreaterThanOrEqual(100);
        expect(result.scaled).toBeLessThanOrEqual(1000);
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('restoreExam', () => {
  const known = new Map(questions.map((question) => [question.id, question.kind]));

  it('gives back a saved exam, an empty number field included', () => {
    const attempt = answer(toggleFlag(exam(), 'l/q2'), 'l/q4', { kind: 'value', value: Number.NaN });
    const restored = restoreExam(JSON.stringify(attempt), known);
    expect(restored.kind).toBe('ok');
    if (restored.kind !== 'ok') return;
    expect(restored.value.flagged).toEqual(['l/q2']);
    expect(restored.value.responses['l/q4']).toEqual({ kind: 'value', value: Number.NaN });
  });

  it('refuses a flag outside the exam and an answer of the wrong kind', () => {
    expect(restoreExam(JSON.stringify({ ...exam(), flagged: ['l/q9'] }), known)).toMatchObject({ kind: 'unreadable' });
    const wrongKind = { ...exam(), responses: { 'l/q1': { kind: 'value', value: 3 } } };
    expect(restoreExam(JSON.stringify(wrongKind), known)).toEqual({
      kind: 'unreadable',
      reason: 'the answer to "l/q1" is not of that question\'s kind',
    });
  });

  it('names what is wrong with a damaged one', () => {
    expect(restoreExam('not json', known)).toEqual({ kind: 'unreadable', reason: 'the saved exam is not valid JSON' });
    expect(restoreExam(JSON.stringify({ ...exam(), durationMs: -5 }), known)).toMatchObject({ kind: 'unreadable' });
    expect(restoreExam(JSON.stringify({ ...exam(), ids: ['gone/q'] }), known)).toEqual({
      kind: 'unreadable',
      reason: 'the course no longer has question "gone/q"',
    });
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(['none', 'ok', 'unreadable']).toContain(restoreExam(text, known).kind);
      }),
      { numRuns: fuzzRuns() },
    );
  });
});
