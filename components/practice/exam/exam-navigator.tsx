'use client';

import type { QuestionState } from '@/lib/quiz/exam';
import { cn } from '@/lib/cn';

/** Answered: a filled dot; not answered: an empty ring; flagged adds a flag. Shape, not colour alone. */
function StateMarks({ state }: { state: QuestionState }) {
  return (
    <>
      <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3">
        <circle cx="6" cy="6" r="4.5" fill={state.answered ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
      </svg>
      {state.flagged && (
        <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 text-amber-700 dark:text-amber-300">
          <path d="M2 11V1.5h7l-1.5 2.5L9 6.5H3" fill="currentColor" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
        </svg>
      )}
    </>
  );
}

/** Every question as a button: answered or not, flagged or not; the current one marked. */
export function ExamNavigator({
  states,
  counts,
  position,
  onGo,
}: {
  states: readonly QuestionState[];
  counts: { answered: number; unanswered: number; flagged: number };
  position: number;
  onGo: (position: number) => void;
}) {
  return (
    <nav aria-label="Questions">
      <p className="text-sm text-[var(--fg-soft)]">
        {counts.answered} answered · {counts.unanswered} not answered · {counts.flagged} flagged
      </p>
      <ol className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(3.25rem,1fr))] gap-1.5">
        {states.map((state, index) => (
          <li key={index}>
            <button
              type="button"
              onClick={() => onGo(index)}
              aria-current={index === position ? 'step' : undefined}
              aria-label={`Question ${index + 1}, ${state.answered ? 'answered' : 'not answered'}${state.flagged ? ', flagged' : ''}`}
              className={cn(
                'flex min-h-11 w-full items-center justify-center gap-1 rounded-lg border px-1 text-sm font-medium',
                index === position
                  ? 'border-accent-600 dark:border-accent-400 ring-accent-600 dark:ring-accent-400 ring-2'
                  : 'hover:border-accent-500 border-[var(--border)]',
                state.answered && 'bg-[var(--bg-soft)]',
              )}
            >
              {index + 1}
              <StateMarks state={state} />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
