'use client';

import { useId, type KeyboardEvent } from 'react';
import type { Question } from '@/lib/content/schemas';
import type { Grade, Response } from '@/lib/quiz/grade';
import { displayedOptions } from '@/lib/quiz/number-keys';
import { StatusIcon } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';

type ChoiceQuestion = Extract<Question, { kind: 'single' | 'multiple' }>;

/** The card already says right or wrong; an explanation that opens with "Right." would repeat it. */
function withoutVerdict(explanation: string): string {
  return explanation.replace(/^(Right|Wrong|Correct|Incorrect)[.:!]\s*/, '');
}

/** Radio buttons or checkboxes as large targets; after checking, every option shows why. */
export function ChoiceOptions({
  question,
  response,
  grade,
  onChange,
  locked = grade !== null,
  showKeys = false,
}: {
  question: ChoiceQuestion;
  response: Response;
  grade: Grade | null;
  /** Frozen: graded, or an exam already submitted. */
  locked?: boolean;
  onChange: (response: Response) => void;
  /** Show each option's number key (practice, where 1–9 choose). */
  showKeys?: boolean;
}) {
  const name = useId();
  const chosen =
    response.kind === 'single' ? [response.choice] : response.kind === 'multiple' ? response.choices : [];
  const multiple = question.kind === 'multiple';

  function toggle(id: string) {
    if (!multiple) return onChange({ kind: 'single', choice: id });
    const next = chosen.includes(id) ? chosen.filter((value) => value !== id) : [...chosen, id];
    onChange({ kind: 'multiple', choices: next });
  }

  // Radio buttons move with the arrow keys by themselves; checkboxes get the same.
  function moveBetweenCheckboxes(event: KeyboardEvent<HTMLUListElement>) {
    const step = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 }[event.key];
    if (!multiple || step === undefined || !(event.target instanceof HTMLInputElement)) return;
    const boxes = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const target = boxes[boxes.indexOf(event.target) + step];
    if (target === undefined) return;
    event.preventDefault();
    target.focus();
  }

  return (
    <ul className="space-y-2" onKeyDown={moveBetweenCheckboxes}>
      {displayedOptions(question).map((option, index) => {
        const isChosen = chosen.includes(option.id);
        const isRight = grade?.expected.includes(option.id) ?? false;
        return (
          <li key={option.id}>
            <label
              className={cn(
                'flex min-h-11 cursor-pointer gap-3 rounded-xl border p-3',
                grade &&
                  isRight &&
                  'border-accent-600 bg-accent-50 dark:border-accent-400 dark:bg-accent-900/30',
                grade &&
                  isChosen &&
                  !isRight &&
                  'border-red-500 bg-red-50 dark:border-red-400 dark:bg-red-950/30',
                !grade &&
                  (isChosen
                    ? 'border-accent-600 dark:border-accent-400'
                    : 'hover:border-accent-500 border-[var(--border)]'),
                grade && !isRight && !isChosen && 'border-[var(--border)]',
              )}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={option.id}
                checked={isChosen}
                disabled={locked}
                onChange={() => toggle(option.id)}
                className="accent-accent-700 mt-1 size-4 shrink-0 disabled:opacity-100"
              />
              <span className="min-w-0 flex-1">
                {showKeys && index < 9 && (
                  <kbd aria-hidden="true" className="mr-2 rounded border border-[var(--border)] px-1.5 font-mono text-sm text-[var(--fg-soft)]">
                    {index + 1}
                  </kbd>
                )}
                <span>{option.text}</span>
                {grade && (
                  <span className="mt-2 flex gap-2 text-[0.95rem]">
                    <StatusIcon
                      status={isRight ? 'correct' : 'wrong'}
                      className={cn(
                        'mt-0.5 size-4',
                        isRight ? 'text-accent-600 dark:text-accent-300' : 'text-red-600 dark:text-red-400',
                      )}
                    />
                    <span>
                      <strong>
                        {isRight
                          ? isChosen
                            ? 'Your choice: correct. '
                            : 'Correct, but you did not choose it. '
                          : isChosen
                            ? 'Your choice: incorrect. '
                            : 'Incorrect. '}
                      </strong>
                      {withoutVerdict(option.explanation)}
                    </span>
                  </span>
                )}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}
