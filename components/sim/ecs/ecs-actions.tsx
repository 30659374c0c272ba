'use client';

import type { ReactNode } from 'react';
import { useSim } from '../sim-context';
import { zoneAvailability, zoneToggleLine } from './action-lines';
import { useEcsState } from './use-ecs-state';

/** A large button that says what it does and shows the console line it runs. */
function ActionButton({ label, line, onClick }: { label: string; line: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 flex min-h-12 min-w-0 flex-col items-start rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left"
    >
      <span className="font-semibold">{label}</span>
      <span className="font-mono text-sm wrap-anywhere text-[var(--fg-soft)]">{line}</span>
    </button>
  );
}

/**
 * The picture's quick actions: each runs a console line through the store, exactly as if typed,
 * so the console and the transcript show it. `taskDefinitionEditor` is the slot for the editor's
 * button, shown first.
 */
export function EcsActions({ taskDefinitionEditor }: { taskDefinitionEditor?: ReactNode }) {
  const runLine = useSim((store) => store.runLine);
  const subnets = useEcsState((state) => state.subnets);
  return (
    <div role="group" aria-label="Quick actions" className="grid gap-2 sm:grid-cols-2 lg:flex lg:flex-wrap">
      {taskDefinitionEditor}
      {zoneAvailability(subnets).map(({ az, available }) => {
        const line = zoneToggleLine(az, available);
        return (
          <ActionButton
            key={az}
            label={available ? `Fail ${az}` : `Restore ${az}`}
            line={line}
            onClick={() => runLine(line)}
          />
        );
      })}
    </div>
  );
}
