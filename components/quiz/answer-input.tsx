'use client';

import type { Question } from '@/lib/content/schemas';
import type { Grade, Response } from '@/lib/quiz/grade';
import { ChoiceOptions } from './choice-options';
import { OrderingInput } from './ordering-input';

/**
 * Where the learner answers, for every question kind: options, an order, or a number. With a grade
 * it shows what was right and why; `locked` freezes it (graded, or an exam already submitted).
 */
export function AnswerInput({
  question,
  response,
  onChange,
  grade = null,
  locked = grade !== null,
  showKeys = false,
}: {
  question: Question;
  response: Response;
  onChange: (response: Response) => void;
  grade?: Grade | null;
  locked?: boolean;
  showKeys?: boolean;
}) {
  if (question.kind === 'single' || question.kind === 'multiple')
    return (
      <ChoiceOptions
        question={question}
        response={response}
        grade={grade}
        locked={locked}
        onChange={onChange}
        showKeys={showKeys}
      />
    );
  if (question.kind === 'ordering')
    return response.kind === 'ordering' ? (
      <OrderingInput
        question={question}
        order={response.order}
        locked={locked}
        onChange={(order) => onChange({ kind: 'ordering', order })}
      />
    ) : null;
  const value = response.kind === 'value' && Number.isFinite(response.value) ? String(response.value) : '';
  return (
    <label className="flex flex-wrap items-center gap-2">
      <span className="text-sm">Your answer</span>
      {/* Uncontrolled, so typing "1." or "-" is not rewritten; the parent remounts it (key) to clear it. */}
      <input
        type="number"
        inputMode="decimal"
        defaultValue={value}
        disabled={locked}
        onChange={(event) =>
          onChange({ kind: 'value', value: event.target.value === '' ? Number.NaN : Number(event.target.value) })
        }
        className="w-32 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 py-2"
      />
      {question.unit && <span className="text-sm text-[var(--fg-soft)]">{question.unit}</span>}
    </label>
  );
}
