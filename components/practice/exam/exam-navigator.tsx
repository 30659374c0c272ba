'use client';

import type { QuestionState } from '@/lib/quiz/exam';
import { cn } from '@/lib/cn';

const WORDS: Record<QuestionState, string> = { answered: 'answered', unanswered: 'not answered', flagged: 'flagged' };

/** Answered: a filled dot; flagged: a flag; not answered: an empty ring. Shape, not colour alone. */
function StateMark({ state }: { state: QuestionState }) {
  if (state === 'flagged')
    return (
      <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3 text-amber-700 dark:text-amber-300">
        <path d="M2 11V1.5h7l-1.5 2.5L9 6.5H3" fill="currentColor" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
    );
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true" className="size-3">
      <circle cx="6" cy="6" r="4.5" fill={state === 'answered' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** Every question as a button: where it is, whether it is answered or flagged; the current one marked. */
export function ExamNavigator({
  states,
  position,
  onGo,
}: {
  states: readonly QuestionState[];
  position: number;
  onGo: (position: number) => void;
}) {
  const count = (state: QuestionState) => states.filter((value) => value === state).length;
  return (
    <nav aria-label="Questions">
      <p className="text-sm text-[var(--fg-soft)]">
        {count('answered')} answered · {count('flagged')} flagged · {count('unanswered')} not answered
      </p>
      <ol className="mt-2 grid grid-cols-[repeat(auto-fill,minmax(3.25rem,1fr))] gap-1.5">
        {states.map((state, index) => (
          <li key={index}>
            <button
              type="button"
              onClick={() => onGo(index)}
              aria-current={index === position ? 'step' : undefined}
              aria-label={`Question ${index + 1}, ${WORDS[state]}`}
              className={cn(
                'flex min-h-11 w-full items-center justify-center gap-1 rounded-lg border px-1 text-sm font-medium',
                index === position
                  ? 'border-accent-600 dark:border-accent-400 ring-accent-600 dark:ring-accent-400 ring-2'
                  : 'hover:border-accent-500 border-[var(--border)]',
                state === 'answered' && 'bg-[var(--bg-soft)]',
              )}
            >
              {index + 1}
              <StateMark state={state} />
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
