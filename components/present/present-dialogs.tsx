'use client';

import { ModalDialog } from '@/components/ui/modal-dialog';
import type { Scenario } from '@/lib/present/scenario-schema';
import { useState } from 'react';
import { PRESENT_KEYS, usePresentKeys, type PresentKeyActions } from './use-present-keys';

/** `o`: every step at a glance; choosing one goes there. */
export function StepOverview({
  scenario,
  current,
  open,
  onClose,
  onChoose,
}: {
  scenario: Scenario;
  current: number;
  open: boolean;
  onClose: () => void;
  onChoose: (step: number) => void;
}) {
  return (
    <ModalDialog open={open} onClose={onClose} title={`${scenario.title}: all steps`}>
      <ol className="mt-2 space-y-1">
        {scenario.steps.map((step, index) => (
          <li key={index}>
            <button
              type="button"
              aria-current={index + 1 === current ? 'step' : undefined}
              onClick={() => {
                onChoose(index + 1);
                onClose();
              }}
              className="aria-[current=step]:border-accent-600 flex min-h-11 w-full items-baseline gap-3 rounded-lg border-2 border-transparent px-3 py-2 text-left hover:bg-[var(--bg-soft)]"
            >
              <span className="w-6 shrink-0 text-right font-mono text-[var(--fg-soft)]">{index + 1}</span>
              <span className="font-medium">{step.title}</span>
              {step.minutes !== undefined && (
                <span className="ml-auto shrink-0 text-sm text-[var(--fg-soft)]">{step.minutes} min</span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </ModalDialog>
  );
}

/** `?`: the talk's keys. */
export function PresentKeySheet({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Presentation keys">
      <p className="text-sm text-[var(--fg-soft)]">
        They work in the presenter and the audience window, except while typing in the console.
      </p>
      <table className="mt-3 w-full text-left">
        <thead>
          <tr>
            <th scope="col" className="py-2 pr-4 text-sm font-semibold">
              Keys
            </th>
            <th scope="col" className="py-2 text-sm font-semibold">
              Action
            </th>
          </tr>
        </thead>
        <tbody>
          {PRESENT_KEYS.map(([keys, action]) => (
            <tr key={keys} className="border-t border-[var(--border)]">
              <td className="py-2 pr-4 font-mono text-sm">{keys}</td>
              <td className="py-2">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}

/** While a step number is typed after `g`. */
export function GoToPrompt({ typed, steps }: { typed: string | null; steps: number }) {
  if (typed === null) return null;
  return (
    <p
      role="status"
      className="fixed bottom-6 left-1/2 z-50 -translate-x-1/2 rounded-xl bg-[var(--fg)] px-5 py-3 text-xl font-semibold text-[var(--bg)]"
    >
      Go to step {typed === '' ? '…' : typed} (1–{steps}), then Enter
    </p>
  );
}

/**
 * What both windows share around a talk: its keys, the overview (o), the key sheet (?) and the
 * go-to prompt (g). Returns the dialogs to render and the openers for buttons.
 */
export function useTalkControls(
  scenario: Scenario,
  current: number,
  moves: Omit<PresentKeyActions, 'overview' | 'help'>,
) {
  const [overview, setOverview] = useState(false);
  const [help, setHelp] = useState(false);
  const typed = usePresentKeys({ ...moves, overview: () => setOverview(true), help: () => setHelp(true) });
  const dialogs = (
    <>
      <GoToPrompt typed={typed} steps={scenario.steps.length} />
      <StepOverview
        scenario={scenario}
        current={current}
        open={overview}
        onClose={() => setOverview(false)}
        onChoose={(step) => moves.goTo(String(step))}
      />
      <PresentKeySheet open={help} onClose={() => setHelp(false)} />
    </>
  );
  return { dialogs, openOverview: () => setOverview(true), openHelp: () => setHelp(true) };
}
