'use client';

import { useEffect } from 'react';
import { decodeShareLink } from '@/lib/sim/core/share-link';
import { useSimStore } from './sim-context';
import type { SimStore } from './sim-store';

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

/**
 * Opens the simulator at the state a share link describes. The link lives in the URL hash (a static
 * site has no server to read a query string). A broken link leaves a clean simulator and says why.
 */
export function useShareLinkFromHash(enabled: boolean) {
  const store = useSimStore();
  useEffect(() => {
    if (!enabled) return;
    const hash = window.location.hash;
    if (hash.length > 1) openShareLink(store, hash);
  }, [enabled, store]);
}
