'use client';

import { useEffect } from 'react';
import { decodeShareLink } from '@/lib/sim/core/share-link';
import { listSimulators } from '@/lib/sim/registry';
import { useSimStore } from './sim-context';

/**
 * Opens the simulator at the state a share link describes. The link lives in the URL hash (a static
 * site has no server to read a query string). A broken link leaves a clean simulator and says why.
 */
export function useShareLinkFromHash(enabled: boolean) {
  const store = useSimStore();
  useEffect(() => {
    if (!enabled) return;
    const hash = window.location.hash.slice(1);
    if (!hash) return;
    const result = decodeShareLink(hash, listSimulators().map((entry) => entry.engine));
    if (result.ok) store.getState().replaceSession(result.session);
    else store.getState().setLinkProblem(result.reason);
  }, [enabled, store]);
}
