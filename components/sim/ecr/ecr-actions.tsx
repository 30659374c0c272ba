'use client';

import { useMemo } from 'react';
import { QuickActionButton } from '../quick-action-button';
import { useSim } from '../sim-context';
import { quickActions } from './action-lines';
import { selectEcrState, useEcrState } from './use-ecr-state';

/**
 * The picture's quick actions: build, tag, log in, push, pull and the repository's settings, each
 * a console line run through the store exactly as if typed, so the console and transcript show it.
 * Columns follow the frame's width (a lesson's column or the full-screen page), not the window's.
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
          <QuickActionButton
            key={action.line}
            label={action.label}
            line={action.line}
            onRun={runLine}
            lineClassName="@xl:line-clamp-none"
          />
        ))}
      </div>
    </div>
  );
}
