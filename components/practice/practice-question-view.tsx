'use client';

import type { Question } from '@/lib/content/schemas';
import type { PracticeRound } from '@/lib/quiz/practice-round';
import { QuestionCard } from '@/components/quiz/question-card';
import { ProgressBar } from '@/components/ui/progress-bar';

/** One question of a round at a time, with where the learner is and how it is going. */
export function PracticeQuestionView({
  round,
  question,
  onAnswered,
  onNext,
  onEnd,
}: {
  round: PracticeRound;
  question: Question;
  onAnswered: (correct: boolean) => void;
  onNext: () => void;
  onEnd: () => void;
}) {
  const answered = Object.keys(round.results).length;
  const right = Object.values(round.results).filter(Boolean).length;
  const last = round.position === round.ids.length - 1;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="font-semibold">
          Question {round.position + 1} of {round.ids.length}
          <span className="font-normal text-[var(--fg-soft)]">
            {' '}
            · {right} of {answered} right so far
          </span>
        </p>
        <button
          type="button"
          onClick={onEnd}
          className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-3 py-1.5 text-sm font-medium"
        >
          End the round
        </button>
      </div>
      <ProgressBar
        label="Round progress"
        value={(answered / round.ids.length) * 100}
        text={`${answered} of ${round.ids.length} answered`}
      />
      <div className="rounded-2xl border-2 border-[var(--border)] p-4 text-lg sm:p-6">
        <QuestionCard
          key={question.id}
          question={question}
          number={round.position + 1}
          onAnswered={onAnswered}
          next={{ label: last ? 'See my results' : 'Next question', onNext }}
        />
      </div>
      <p className="text-sm text-[var(--fg-soft)]">
        Keys: <kbd className="font-mono">1</kbd>–<kbd className="font-mono">9</kbd> choose an option,{' '}
        <kbd className="font-mono">Enter</kbd> checks the answer and then moves on, arrow keys move between
        options.
      </p>
    </div>
  );
}
