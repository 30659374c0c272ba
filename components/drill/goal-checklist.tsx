import type { GoalCheck } from '@/lib/drills/types';
import { StateSymbol } from '@/components/sim/state-symbol';
import { goalSummary } from './drill-state';
import { DrillText } from './drill-text';

/** The drill's goal and, live, which parts of it the simulator's state already meets. */
export function GoalChecklist({
  goal,
  checks,
  headingId,
}: {
  goal: string;
  checks: readonly GoalCheck[];
  headingId: string;
}) {
  return (
    <div>
      <h4 id={headingId} className="font-semibold">
        Goal
      </h4>
      <p className="mt-1">
        <DrillText text={goal} />
      </p>
      <p aria-live="polite" className="mt-2 text-sm font-medium text-[var(--fg-soft)]">
        {goalSummary(checks)}
      </p>
      <ul aria-labelledby={headingId} className="mt-2 space-y-2">
        {checks.map((check, index) => (
          <li key={`${index}-${check.label}`} className="flex items-start gap-2">
            <StateSymbol
              name={check.met ? 'check' : 'ring'}
              className={
                check.met
                  ? 'text-accent-700 dark:text-accent-300 mt-1 size-5'
                  : 'mt-1 size-5 text-[var(--fg-soft)]'
              }
            />
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <DrillText text={check.label} />
              <span className="sr-only">{check.met ? ': met' : ': not met yet'}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
