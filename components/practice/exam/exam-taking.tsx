'use client';

import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/lib/content/schemas';
import { initialResponse } from '@/lib/quiz/grade';
import { respondToNumberKey } from '@/lib/quiz/number-keys';
import {
  answer,
  examCounts,
  goTo,
  isRunningOut,
  questionStates,
  remainingMs,
  toggleFlag,
  type ExamAttempt,
} from '@/lib/quiz/exam';
import { AnswerInput } from '@/components/quiz/answer-input';
import { QuestionStem } from '@/components/quiz/question-stem';
import { ModalDialog } from '@/components/ui/modal-dialog';
import { Countdown } from './countdown';
import { ExamNavigator } from './exam-navigator';

/** Keys typed into a field or pressed on a button belong to it, not to the exam. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && !['radio', 'checkbox'].includes(target.type)))
  );
}

/**
 * Taking an exam: the countdown, one question at a time with no feedback, flag for review, the
 * navigator, and a submit that first says what is left unanswered or flagged.
 */
export function ExamTaking({
  attempt,
  byId,
  now,
  onChange,
  onSubmit,
}: {
  attempt: ExamAttempt;
  byId: ReadonlyMap<string, Question>;
  now: number;
  onChange: (attempt: ExamAttempt) => void;
  onSubmit: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const stem = useRef<HTMLParagraphElement>(null);
  const id = attempt.ids[attempt.position]!;
  const question = byId.get(id)!;
  const response = attempt.responses[id] ?? initialResponse(question);
  const states = questionStates(attempt, byId);
  const flagged = attempt.flagged.includes(id);
  const { unanswered, flagged: flaggedCount } = examCounts(attempt, byId);
  const last = attempt.position === attempt.ids.length - 1;

  // Keys read the latest attempt through a ref, so the listener is added once.
  const latest = useRef({ attempt, question, response, onChange });
  useEffect(() => {
    latest.current = { attempt, question, response, onChange };
  });

  useEffect(() => {
    stem.current?.focus({ preventScroll: false });
  }, [attempt.position]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // The submit dialog is open: keys belong to it.
      if (document.querySelector('dialog[open]')) return;
      const current = latest.current;
      const onControl = event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement;
      if (/^[1-9]$/.test(event.key)) {
        event.preventDefault();
        const next = respondToNumberKey(current.question, current.response, Number(event.key));
        // A key that chooses nothing (an ordering question, a number past the options) answers nothing.
        if (next !== current.response) current.onChange(answer(current.attempt, current.question.id, next));
      } else if (event.key === 'ArrowRight' && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        current.onChange(goTo(current.attempt, current.attempt.position + 1));
      } else if (event.key === 'ArrowLeft' && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        current.onChange(goTo(current.attempt, current.attempt.position - 1));
      } else if (event.key === 'Enter' && !onControl) {
        event.preventDefault();
        current.onChange(goTo(current.attempt, current.attempt.position + 1));
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-xl font-semibold">{attempt.title}</h2>
        <Countdown remainingMs={remainingMs(attempt, now)} runningOut={isRunningOut(attempt, now)} />
      </div>

      <div className="rounded-2xl border-2 border-[var(--border)] p-4 text-lg sm:p-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="font-semibold">
            Question {attempt.position + 1} of {attempt.ids.length}
          </p>
          <button
            type="button"
            aria-pressed={flagged}
            onClick={() => onChange(toggleFlag(attempt, id))}
            className={
              flagged
                ? 'min-h-11 rounded-lg border-2 border-amber-600 bg-amber-50 px-3 py-1.5 text-base font-medium text-amber-900 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-200'
                : 'hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-3 py-1.5 text-base font-medium'
            }
          >
            {flagged ? 'Flagged for review' : 'Flag for review'}
          </button>
        </div>
        <div role="group" aria-labelledby={`stem-${id}`} data-question={id} className="mt-4 wrap-anywhere">
          <QuestionStem question={question} id={`stem-${id}`} focusRef={stem} />
          <div className="mt-3">
            <AnswerInput
              key={id}
              question={question}
              response={response}
              onChange={(next) => onChange(answer(attempt, id, next))}
              showKeys
            />
          </div>
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          disabled={attempt.position === 0}
          onClick={() => onChange(goTo(attempt, attempt.position - 1))}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium disabled:opacity-50"
        >
          Previous
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => onChange(goTo(attempt, attempt.position + 1))}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium disabled:opacity-50"
        >
          Next
        </button>
        <button
          type="button"
          onClick={() => setConfirming(true)}
          className="bg-accent-700 hover:bg-accent-800 ml-auto min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
        >
          Submit the exam
        </button>
      </div>

      <ExamNavigator states={states} counts={examCounts(attempt, byId)} position={attempt.position} onGo={(position) => onChange(goTo(attempt, position))} />

      <p className="text-sm text-[var(--fg-soft)]">
        Keys: <kbd className="font-mono">1</kbd>–<kbd className="font-mono">9</kbd> choose an option,{' '}
        <kbd className="font-mono">Enter</kbd> or <kbd className="font-mono">→</kbd> next question,{' '}
        <kbd className="font-mono">←</kbd> previous.
      </p>

      <ModalDialog open={confirming} onClose={() => setConfirming(false)} title="Submit the exam?">
        <p>
          {unanswered > 0 ? `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} not answered` : 'Every question is answered'}
          {flaggedCount > 0 ? `; ${flaggedCount} ${flaggedCount === 1 ? 'is' : 'are'} flagged for review.` : '.'}{' '}
          Once submitted, answers cannot change; you will see your score and every explanation.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => {
              setConfirming(false);
              onSubmit();
            }}
            className="bg-accent-700 hover:bg-accent-800 min-h-11 rounded-lg px-4 py-2 font-semibold text-white"
          >
            Submit now
          </button>
          <button
            type="button"
            onClick={() => setConfirming(false)}
            className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-4 py-2 font-medium"
          >
            Keep working
          </button>
        </div>
      </ModalDialog>
    </div>
  );
}
