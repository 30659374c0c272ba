'use client';

import type { ReactNode } from 'react';
import { formatCount } from './format';
import {
  BASE_RPS,
  BURST_RPS,
  RUN_CONTAINER_LINE,
  SCALE_TARGET,
  launchVmLine,
  scaleLines,
  trafficLine,
} from './action-lines';
import { useSim } from '../sim-context';
import { selectState, useVmState } from './use-vm-state';

/** A large button that says what it does and shows the console line it will run. */
function ActionButton({
  label,
  line,
  onClick,
  disabled,
}: {
  label: string;
  line: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}) {
  // aria-disabled rather than disabled: a disabled button drops keyboard focus to <body>, and with
  // it the simulator's keyboard shortcuts.
  return (
    <button
      type="button"
      onClick={disabled ? undefined : onClick}
      aria-disabled={disabled || undefined}
      className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 flex min-h-12 min-w-0 flex-col items-start rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left aria-disabled:cursor-not-allowed aria-disabled:border-dashed aria-disabled:border-[var(--fg-soft)] aria-disabled:hover:bg-[var(--bg)]"
    >
      <span className="font-semibold">{label}</span>
      <span className="font-mono text-sm wrap-anywhere text-[var(--fg-soft)]">{line}</span>
    </button>
  );
}

/**
 * Scale both sides: counts only what is missing, so pressing it twice does nothing more. The
 * button shows the exact lines it runs: one RunInstances call and one `docker run` loop.
 */
function ScaleButton({ runLine }: { runLine: (line: string) => void }) {
  const state = useVmState(selectState);
  const { vm, container } = scaleLines(state);
  const lines = [vm, container].filter((line) => line !== null);
  return (
    <ActionButton
      label={`Scale both to ${SCALE_TARGET} replicas`}
      line={
        lines.length === 0
          ? `both sides already have ${SCALE_TARGET}`
          : lines.map((line) => (
              <span key={line} className="block">
                {line}
              </span>
            ))
      }
      disabled={lines.length === 0}
      onClick={() => lines.forEach(runLine)}
    />
  );
}

/**
 * The picture's quick actions. Each runs real console lines through `runLine`, exactly as if
 * typed, so the console and the transcript show what happened.
 */
export function VmActions() {
  const runLine = useSim((store) => store.runLine);
  const presetId = useSim((store) => store.presetId);
  return (
    <div role="group" aria-label="Quick actions" className="grid gap-2 sm:grid-cols-2 lg:flex lg:flex-wrap">
      <ActionButton label="Launch 1 VM" line={launchVmLine(1)} onClick={() => runLine(launchVmLine(1))} />
      <ActionButton
        label="Run 1 container"
        line={RUN_CONTAINER_LINE}
        onClick={() => runLine(RUN_CONTAINER_LINE)}
      />
      {presetId === 'burst' && (
        <>
          <ActionButton
            label={`Traffic ×10 (${formatCount(BURST_RPS)} req/s)`}
            line={trafficLine(BURST_RPS)}
            onClick={() => runLine(trafficLine(BURST_RPS))}
          />
          <ScaleButton runLine={runLine} />
          <ActionButton
            label={`Back to ${formatCount(BASE_RPS)} req/s`}
            line={trafficLine(BASE_RPS)}
            onClick={() => runLine(trafficLine(BASE_RPS))}
          />
        </>
      )}
    </div>
  );
}
