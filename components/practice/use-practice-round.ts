'use client';

import { useEffect, useState } from 'react';
import { PRACTICE_ROUND_KEY, type PracticeRound } from '@/lib/quiz/practice-round';

function readSaved(): string | null {
  try {
    return window.sessionStorage.getItem(PRACTICE_ROUND_KEY);
  } catch {
    return null;
  }
}

export function savePracticeRound(round: PracticeRound | null) {
  try {
    if (round === null) window.sessionStorage.removeItem(PRACTICE_ROUND_KEY);
    else window.sessionStorage.setItem(PRACTICE_ROUND_KEY, JSON.stringify(round));
  } catch {
    // Storage unavailable (private mode, full): the round goes on in memory, only a reload loses it.
  }
}

/**
 * The round in progress, kept in this tab's session storage so a reload carries on. A saved round
 * that cannot be used is dropped with a notice saying why; the learner's progress is not touched.
 */
export function usePracticeRound(knownIds: ReadonlySet<string>) {
  const [round, setRoundState] = useState<PracticeRound | null>(null);
  const [restoreNotice, setRestoreNotice] = useState<string | null>(null);

  useEffect(() => {
    const saved = readSaved();
    if (saved === null) return;
    let cancelled = false;
    // The validator brings zod: fetched only when there is a round to read back.
    void import('@/lib/quiz/restore-round').then(({ restoreRound }) => {
      if (cancelled) return;
      const restored = restoreRound(saved, knownIds);
      if (restored.kind === 'ok') setRoundState(restored.value);
      if (restored.kind === 'unreadable') {
        setRestoreNotice(
          `Your last practice round could not be resumed: ${restored.reason}. Every answer you gave is kept in your progress; start a new round.`,
        );
        savePracticeRound(null);
      }
    });
    return () => {
      cancelled = true;
    };
    // Once, after hydration: session storage does not exist during the static render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function setRound(next: PracticeRound | null) {
    setRoundState(next);
    savePracticeRound(next);
  }

  return { round, setRound, restoreNotice, dismissRestoreNotice: () => setRestoreNotice(null) };
}
