'use client';

import { useMemo } from 'react';
import { useSim } from '../sim-context';
import { quickActions } from './action-lines';
import { selectEcrState, useEcrState } from './use-ecr-state';

/**
 * The picture's quick actions: build, tag, log in, push, pull and the repository's settings, each
 * a console line run through the store exactly as if typed, so the console and transcript show it.
 * Columns follow the frame's width (a lesson's column or the full-screen page), not the window's;
 * in a narrow frame each command shows on one line (the console prints it whole when run).
 */
export function EcrActions() {
  const runLine = useSim((store) => store.runLine);
  const state = useEcrState(selectEcrState);
  const actions = useMemo(() => quickActions(state), [state]);
  return (
    <div className="@container">
      <div
        role="group"
        aria-label="Quick actions"
        className="grid gap-2 @xl:grid-cols-2 @4xl:grid-cols-3 @6xl:grid-cols-4"
      >
        {actions.map((action) => (
          <button
            key={action.line}
            type="button"
            onClick={() => runLine(action.line)}
            className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 flex min-h-12 min-w-0 flex-col items-start rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left"
          >
            <span className="font-semibold">{action.label}</span>
            <span className="line-clamp-1 font-mono text-sm wrap-anywhere text-[var(--fg-soft)] @xl:line-clamp-none">{action.line}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
