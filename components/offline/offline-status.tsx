'use client';

import { lazy, Suspense } from 'react';

/**
 * Everything here happens in the browser after hydration (registering the service worker, following
 * its install, the update prompt), so its code loads then, beside the page rather than in every
 * page's first-load JS. The prerendered HTML is the same: the empty status line.
 */
const OfflineStatusBody = lazy(() =>
  import('./offline-status-body').then((module) => ({ default: module.OfflineStatusBody })),
);

export function OfflineStatus() {
  return (
    <Suspense fallback={<p role="status" className="mt-3 flex items-start gap-2" />}>
      <OfflineStatusBody />
    </Suspense>
  );
}
