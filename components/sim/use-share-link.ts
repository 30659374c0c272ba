'use client';

import { useEffect } from 'react';
import { decodeShareLink } from '@/lib/sim/core/share-link';
import { playStep, startingSession, type PrintedLine } from '@/lib/present/replay';
import type { SimulatorEntry } from '@/lib/sim/simulator-entry';
import { useSimEntry, useSimStore } from './sim-context';
import type { SimStore } from './sim-store';
import { useEmbedPlacement, type EmbedScenarioScript } from './embed-context';

/** Decodes a share link into the store, or records why it cannot be used (never throws). */
export function openShareLink(store: SimStore, hash: string, allowVersionMismatch = false) {
  // A page holds one simulator: a link made for another one is reported as unknown here.
  const engines = [store.getState().session.engine];
  const result = decodeShareLink(hash, engines, { allowVersionMismatch });
  if (result.ok) return store.getState().replaceSession(result.session);
  store.getState().setLinkProblem({
    message: result.reason,
    openAnywayHash: result.code === 'engine-version' ? hash : undefined,
  });
}

/** A guided scenario's scripted state after its first `count` steps, with what their lines printed. */
function openScenarioStep(
  store: SimStore,
  entry: SimulatorEntry,
  scenario: EmbedScenarioScript,
  count: number,
) {
  let session = startingSession(entry, scenario);
  const printed: PrintedLine[] = [];
  for (const step of scenario.steps.slice(0, count)) {
    const played = playStep(entry, session, step);
    session = played.session;
    printed.push(...played.printed);
  }
  store.getState().replaceSession(session, printed);
}

/**
 * Opens the simulator at the state a share link describes. The link lives in the URL hash (a static
 * site has no server to read a query string). A broken link leaves a clean simulator and says why.
 * In an embed without a hash, the address's scenario (`?scenario=ID&step=N`) opens instead, and a
 * mistake in its query shows in the same banner (with a hash, the hash is the whole state).
 */
export function useShareLinkFromHash(enabled: boolean) {
  const store = useSimStore();
  const entry = useSimEntry();
  const embed = useEmbedPlacement();
  useEffect(() => {
    if (!enabled) return;
    const hash = window.location.hash;
    if (hash.length > 1) openShareLink(store, hash);
    if (hash.length > 1 || embed === null) return;
    if (embed.scenario !== undefined && embed.start.scenario !== undefined)
      openScenarioStep(store, entry, embed.scenario, embed.start.scenario.step);
    if (embed.start.problem !== undefined) store.getState().setLinkProblem({ message: embed.start.problem });
  }, [enabled, store, entry, embed]);
}
