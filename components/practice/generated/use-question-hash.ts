'use client';

import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The URL hash, kept current: a generated question lives there (`#kind:seed`), so Back and shared links work. */
export function useQuestionHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}

/** Shows another question: a new history entry, so Back returns to the one before. */
export function goToQuestion(hash: string) {
  window.location.hash = hash;
}

/** Fills in a hash that names no seed yet, without a history entry of its own. */
export function settleQuestion(hash: string) {
  window.location.replace(hash);
}
