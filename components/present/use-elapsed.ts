'use client';

import { useEffect, useState } from 'react';

function startKey(scenario: string) {
  return `dockyard:present:${scenario}:started`;
}

/** When this talk started, kept in the tab's session storage so a reload does not reset the timer. */
function readStart(scenario: string): number {
  try {
    const saved = Number(window.sessionStorage.getItem(startKey(scenario)));
    if (Number.isFinite(saved) && saved > 0) return saved;
    const now = Date.now();
    window.sessionStorage.setItem(startKey(scenario), String(now));
    return now;
  } catch {
    return Date.now();
  }
}

export function restartTimer(scenario: string): number {
  const now = Date.now();
  try {
    window.sessionStorage.setItem(startKey(scenario), String(now));
  } catch {
    // Without storage the timer still restarts; only a reload forgets it.
  }
  return now;
}

/** The time now, once a second, and when the talk started (null until the page has hydrated). */
export function useElapsed(scenario: string) {
  const [clock, setClock] = useState<{ now: number; started: number } | null>(null);
  useEffect(() => {
    const tick = () =>
      setClock((previous) => ({ now: Date.now(), started: previous?.started ?? readStart(scenario) }));
    const timer = window.setInterval(tick, 1000);
    const first = window.setTimeout(tick, 0);
    return () => {
      window.clearInterval(timer);
      window.clearTimeout(first);
    };
  }, [scenario]);
  return {
    clock,
    restart: () => setClock({ now: Date.now(), started: restartTimer(scenario) }),
  };
}
