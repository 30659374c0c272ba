'use client';

import type { Question } from '@/lib/content/schemas';

type OrderingQuestion = Extract<Question, { kind: 'ordering' }>;

/** Put items in order with "move up" and "move down" buttons: works by keyboard, touch and screen reader. */
export function OrderingInput({
  question,
  order,
  locked,
  onChange,
}: {
  question: OrderingQuestion;
  order: readonly string[];
  locked: boolean;
  onChange: (order: string[]) => void;
}) {
  const byId = new Map(question.options.map((option) => [option.id, option]));

  function move(index: number, delta: number) {
    const next = [...order];
    const target = index + delta;
    if (target < 0 || target >= next.length) return;
    [next[index], next[target]] = [next[target] as string, next[index] as string];
    onChange(next);
  }

  return (
    <ol className="space-y-2">
      {order.map((id, index) => {
        const option = byId.get(id);
        if (!option) return null;
        return (
          <li key={id} className="flex items-center gap-2 rounded-xl border border-[var(--border)] p-2 pl-3">
            <span className="w-6 text-center font-semibold text-[var(--fg-soft)] tabular-nums">
              {index + 1}
            </span>
            <span className="min-w-0 flex-1">{option.text}</span>
            {!locked && (
              <span className="flex gap-1">
                <button
                  type="button"
                  onClick={() => move(index, -1)}
                  disabled={index === 0}
                  aria-label={`Move "${option.text}" up`}
                  className="size-10 rounded-md border border-[var(--border)] disabled:opacity-30"
                >
                  <svg viewBox="0 0 20 20" className="mx-auto size-4" aria-hidden="true">
                    <path d="m5 12 5-5 5 5" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                </button>
                <button
                  type="button"
                  onClick={() => move(index, 1)}
                  disabled={index === order.length - 1}
                  aria-label={`Move "${option.text}" down`}
                  className="size-10 rounded-md border border-[var(--border)] disabled:opacity-30"
                >
                  <svg viewBox="0 0 20 20" className="mx-auto size-4" aria-hidden="true">
                    <path d="m5 8 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" />
                  </svg>
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
