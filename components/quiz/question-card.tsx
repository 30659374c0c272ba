'use client';

import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { Question } from '@/lib/content/schemas';
import { gradeResponse, initialResponse, isComplete, type Grade, type Response } from '@/lib/quiz/grade';
import { updateProgress } from '@/components/progress/progress-store';
import { recordReview } from '@/components/progress/record-review';
import { StatusIcon } from '@/components/ui/status-icon';
import { AnswerInput } from './answer-input';
import { choicesNeeded, QuestionStem } from './question-stem';
import { useAnswerKeys } from './use-answer-keys';

// Shown only once an answer is checked: its code (with the catalogue of generated questions it links
// to) stays out of every lesson's first load.
const Feedback = lazy(() => import('./feedback').then((module) => ({ default: module.Feedback })));

/** In practice a card moves on instead of offering "Try again", and answers from the keyboard. */
export interface NextStep {
  readonly label: string;
  readonly onNext: () => void;
}

export function QuestionCard({
  question,
  number,
  next,
  onAnswered,
  learnHref,
  focusOnMount = next !== undefined,
}: {
  question: Question;
  /** Its place in a list; omitted for a question that stands alone. */
  number?: number;
  next?: NextStep;
  onAnswered?: (correct: boolean) => void;
  /** Where "Learn this" goes when the question's id does not name its lesson (generated questions). */
  learnHref?: string;
  /** Practice moves the focus (and the scroll) to each new question; a page that shows more above it may not want that. */
  focusOnMount?: boolean;
}) {
  const [response, setResponse] = useState<Response>(() => initialResponse(question));
  const [grade, setGrade] = useState<Grade | null>(null);
  // The number field is uncontrolled: a new key on "Try again" empties it along with the response.
  const [attempt, setAttempt] = useState(0);
  const stemId = useId();
  const stem = useRef<HTMLParagraphElement>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  const complete = isComplete(question, response);

  function check() {
    if (grade !== null || !isComplete(question, response)) return;
    const result = gradeResponse(question, response);
    setGrade(result);
    updateProgress((progressLibrary, progress) =>
      progressLibrary.recordAnswer(progress, question.id, result.correct, new Date().toISOString(), response),
    );
    recordReview(`question:${question.id}`, result.correct);
    onAnswered?.(result.correct);
  }

  useAnswerKeys({
    enabled: next !== undefined,
    question,
    response,
    graded: grade !== null,
    onRespond: setResponse,
    onSubmit: () => (grade === null ? check() : next?.onNext()),
  });

  // A new practice question takes the focus, so a screen reader reads it and the keys act on it.
  useEffect(() => {
    if (focusOnMount) stem.current?.focus();
    // Only when the question changes: `next` is a new object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [question.id]);

  useEffect(() => {
    if (grade !== null && next !== undefined) nextButton.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grade]);

  function retry() {
    setGrade(null);
    setResponse(initialResponse(question));
    setAttempt((count) => count + 1);
  }

  const needed = choicesNeeded(question);
  return (
    // wrap-anywhere: option texts hold long names (CodeDeployDefault.ECSCanary10Percent5Minutes) that must not widen a phone page.
    <div role="group" aria-labelledby={stemId} data-question={question.id} className="wrap-anywhere">
      <QuestionStem question={question} id={stemId} number={number} focusRef={next ? stem : undefined} />
      <div className="mt-3">
        <AnswerInput
          key={attempt}
          question={question}
          response={response}
          grade={grade}
          onChange={setResponse}
          showKeys={next !== undefined}
        />
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
            disabled={!complete}
            className="bg-accent-700 hover:bg-accent-800 rounded-lg px-4 py-2 font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
          >
            Check answer
          </button>
        ) : next ? (
          <button
            ref={nextButton}
            type="button"
            onClick={next.onNext}
            className="bg-accent-700 hover:bg-accent-800 rounded-lg px-4 py-2 font-semibold text-white"
          >
            {next.label}
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
      {grade && (
        <Suspense fallback={null}>
          <Feedback question={question} grade={grade} learnHref={learnHref} />
        </Suspense>
      )}
    </div>
  );
}
