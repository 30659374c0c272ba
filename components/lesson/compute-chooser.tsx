'use client';

import { useState } from 'react';
import { StatusIcon } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';

type Category = 'vm' | 'container' | 'serverless';

export interface Workload {
  name: string;
  needs: string;
  best: Category;
  why: string;
}

const categories: { id: Category; label: string }[] = [
  { id: 'vm', label: 'Virtual machine' },
  { id: 'container', label: 'Containers' },
  { id: 'serverless', label: 'Serverless' },
];

/** For each workload the learner picks a compute category, then sees whether it fits and why. */
export function ComputeChooser({ workloads }: { workloads: Workload[] }) {
  const [picks, setPicks] = useState<Record<number, Category>>({});
  const answered = Object.keys(picks).length;
  const right = workloads.filter((workload, index) => picks[index] === workload.best).length;

  return (
    <section
      aria-label="Choose the compute"
      className="wide my-8 rounded-2xl border border-[var(--border)] p-4 sm:p-6"
    >
      <p className="font-semibold">Your turn: which kind of compute fits each workload best?</p>
      <p role="status" className="mt-1 text-sm text-[var(--fg-soft)]">
        {answered === 0
          ? `${workloads.length} workloads to place.`
          : `${right} of ${answered} placed as we would, ${workloads.length - answered} to go.`}
      </p>
      <ol className="mt-4 space-y-4">
        {workloads.map((workload, index) => {
          const pick = picks[index];
          const correct = pick === workload.best;
          return (
            <li key={workload.name} className="rounded-xl bg-[var(--bg-soft)] p-4">
              <p className="font-semibold">{workload.name}</p>
              <p className="mt-1 text-[0.975rem] text-[var(--fg-soft)]">{workload.needs}</p>
              <div
                role="group"
                aria-label={`Compute for ${workload.name}`}
                className="mt-3 flex flex-wrap gap-2"
              >
                {categories.map((category) => (
                  <button
                    key={category.id}
                    type="button"
                    aria-pressed={pick === category.id}
                    onClick={() => setPicks((current) => ({ ...current, [index]: category.id }))}
                    className={cn(
                      'min-h-11 rounded-lg border px-3 py-2 text-sm font-medium',
                      pick === category.id
                        ? 'border-2 border-[var(--fg)] bg-[var(--bg)] font-semibold'
                        : 'hover:border-accent-500 border-[var(--border)] bg-[var(--bg)]',
                    )}
                  >
                    {category.label}
                  </button>
                ))}
              </div>
              {pick && (
                <p className="mt-3 flex gap-2 text-[0.975rem]">
                  <StatusIcon
                    status={correct ? 'correct' : 'wrong'}
                    className={cn(
                      'mt-0.5 size-5',
                      correct ? 'text-accent-600 dark:text-accent-300' : 'text-red-600 dark:text-red-400',
                    )}
                  />
                  <span>
                    <strong>
                      {correct
                        ? 'Good fit. '
                        : `We would choose ${categories.find((c) => c.id === workload.best)?.label.toLowerCase()}. `}
                    </strong>
                    {workload.why}
                  </span>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
