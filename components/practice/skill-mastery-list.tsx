'use client';

import type { SkillMastery } from '@/lib/quiz/mastery';
import { MasteryMeter, masteryDetail } from './mastery-meter';

export interface SkillMasteryRow {
  readonly id: string;
  readonly title: string;
  readonly mastery: SkillMastery;
}

/** Skills with their mastery level, in the order given; a button per row practises that skill. */
export function SkillMasteryList({
  rows,
  onPractise,
}: {
  rows: readonly SkillMasteryRow[];
  onPractise?: (skillId: string) => void;
}) {
  return (
    <ul className="divide-y divide-[var(--border)] rounded-xl border border-[var(--border)]">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
          <span className="min-w-0 flex-1 basis-56">
            <span className="block font-medium">{row.title}</span>
            <span className="block text-sm text-[var(--fg-soft)]">{masteryDetail(row.mastery)}</span>
          </span>
          <MasteryMeter mastery={row.mastery} className="text-sm" />
          {onPractise && (
            <button
              type="button"
              onClick={() => onPractise(row.id)}
              className="hover:border-accent-500 min-h-11 rounded-lg border border-[var(--border)] px-3 py-1.5 text-sm font-medium"
            >
              Practise<span className="sr-only"> {row.title}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
