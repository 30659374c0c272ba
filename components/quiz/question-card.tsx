'use client';

import { useId, useState } from 'react';
import type { Question } from '@/lib/content/schemas';
import { gradeResponse, initialResponse, isComplete, type Grade, type Response } from '@/lib/quiz/grade';
import { updateProgress } from '@/components/progress/progress-store';
import { StatusIcon } from '@/components/ui/status-icon';
import { ChoiceOptions } from './choice-options';
import { OrderingInput } from './ordering-input';
import { Feedback } from './feedback';

export function QuestionCard({ question, number }: { question: Question; number: number }) {
  const [response, setResponse] = useState<Response>(() => initialResponse(question));
  const [grade, setGrade] = useState<Grade | null>(null);
  // The number field is uncontrolled: a new key on "Try again" empties it along with the response.
  const [attempt, setAttempt] = useState(0);
  const stemId = useId();

  function check() {
    const result = gradeResponse(question, response);
    setGrade(result);
    updateProgress((progressLibrary, progress) =>
      progressLibrary.recordAnswer(progress, question.id, result.correct, new Date().toISOString(), response),
    );
  }

  function retry() {
    setGrade(null);
    setResponse(initialResponse(question));
    setAttempt((count) => count + 1);
  }

  const needed = question.kind === 'multiple' ? question.answer.length : 1;
  return (
    <div role="group" aria-labelledby={stemId}>
      <p id={stemId} className="font-medium">
        <span className="text-[var(--fg-soft)]">{number}. </span>
        {question.stem}
        {question.kind === 'multiple' && !/choose/i.test(question.stem) && <span> (Choose {needed}.)</span>}
      </p>
      <div className="mt-3">
        {(question.kind === 'single' || question.kind === 'multiple') && (
          <ChoiceOptions question={question} response={response} grade={grade} onChange={setResponse} />
        )}
        {question.kind === 'ordering' && response.kind === 'ordering' && (
          <OrderingInput
            question={question}
            order={response.order}
            locked={grade !== null}
            onChange={(order) => setResponse({ kind: 'ordering', order })}
          />
        )}
        {question.kind === 'value' && (
          <label className="flex flex-wrap items-center gap-2">
            <span className="text-sm">Your answer</span>
            <input
              key={attempt}
              type="number"
              inputMode="decimal"
              disabled={grade !== null}
              onChange={(event) =>
                setResponse({
                  kind: 'value',
                  value: event.target.value === '' ? Number.NaN : Number(event.target.value),
                })
              }
              className="w-32 rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 py-2"
            />
            {question.unit && <span className="text-sm text-[var(--fg-soft)]">{question.unit}</span>}
          </label>
        )}
      </div>
      <div aria-live="polite">
        {grade && (
          <p className="mt-4 flex items-center gap-2 font-semibold">
            <StatusIcon
              status={grade.correct ? 'correct' : 'wrong'}
              className={
                grade.correct
                  ? 'text-accent-600 dark:text-accent-300 size-5'
                  : 'size-5 text-red-600 dark:text-red-400'
              }
            />
            {grade.correct ? 'Correct.' : 'Not quite.'}
          </p>
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {grade === null ? (
          <button
            type="button"
            onClick={check}
            disabled={!isComplete(question, response)}
            className="bg-accent-700 hover:bg-accent-800 rounded-lg px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
          >
            Check answer
          </button>
        ) : (
          <button
            type="button"
            onClick={retry}
            className="hover:border-accent-500 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
          >
            Try again
          </button>
        )}
        {grade === null && question.kind === 'multiple' && (
          <span className="text-sm text-[var(--fg-soft)]">Select {needed}.</span>
        )}
      </div>
      {grade && <Feedback question={question} grade={grade} />}
    </div>
  );
}
