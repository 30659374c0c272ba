'use client';

import { useEffect, useRef, useState } from 'react';
import { CopyButton } from '@/components/lesson/copy-button';
import { primaryButton, secondaryButton } from '@/components/sim/moments/moment-views';
import { solutionGate } from './drill-state';
import { DrillText } from './drill-text';

export interface SolutionStep {
  readonly line: string;
  readonly why: string;
}

/** The console lines that solve the drill, each with why; offered after a hint or a confirmation. */
export function WorkedSolution({
  steps,
  hintsShown,
  moreHints,
  onWantHint,
  onOpen,
}: {
  steps: readonly SolutionStep[];
  hintsShown: number;
  moreHints: boolean;
  onWantHint: () => void;
  /** Called once, when the solution is first shown: the drill then counts as missed for review. */
  onOpen?: () => void;
}) {
  const [asked, setAsked] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const open = asked && solutionGate(hintsShown, confirmed) === 'open';
  const reported = useRef(false);
  useEffect(() => {
    if (!open || reported.current) return;
    reported.current = true;
    onOpen?.();
  }, [open, onOpen]);
  if (steps.length === 0) return null;

  if (!asked) {
    return (
      <button type="button" onClick={() => setAsked(true)} className={secondaryButton}>
        Show the worked solution
      </button>
    );
  }
  if (!open) {
    return (
      <div
        role="group"
        aria-label="Show the worked solution?"
        className="rounded-lg border border-[var(--border)] p-3"
      >
        <p>The worked solution gives the whole fix away. {moreHints ? 'A hint may be enough.' : ''}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" onClick={() => setConfirmed(true)} className={primaryButton}>
            Show the solution anyway
          </button>
          {moreHints && (
            <button
              type="button"
              onClick={() => {
                setAsked(false);
                onWantHint();
              }}
              className={secondaryButton}
            >
              Show a hint instead
            </button>
          )}
        </div>
      </div>
    );
  }
  return (
    <section role="group" aria-label="Worked solution">
      <h4 className="font-semibold">Worked solution</h4>
      <p className="mt-1 text-sm text-[var(--fg-soft)]">
        One way to fix it. Any path that meets the goal counts; type or paste the lines into the console
        below.
      </p>
      <ol className="mt-3 space-y-3">
        {steps.map((step, index) => (
          <li key={`${index}-${step.line}`}>
            <div className="relative">
              <pre className="rounded-lg border border-[var(--border)] bg-[var(--bg-soft)] py-2 pr-20 pl-3 font-mono text-sm wrap-anywhere whitespace-pre-wrap">
                <code>{step.line}</code>
              </pre>
              <CopyButton />
            </div>
            <p className="mt-1">
              <DrillText text={step.why} />
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
