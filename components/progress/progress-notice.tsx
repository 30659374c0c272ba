'use client';

import { lazy, Suspense } from 'react';
import { useProgress } from './use-progress';

/**
 * The banner loads only when there is something to say (saved progress was migrated or damaged),
 * which is rare: every page carries this component, and the banner's code need not come with it.
 */
const ProgressNoticeBanner = lazy(() =>
  import('./progress-notice-banner').then((module) => ({ default: module.ProgressNoticeBanner })),
);

export function ProgressNotice() {
  const snapshot = useProgress();
  const notice = snapshot?.notice;
  if (!snapshot || !notice) return null;
  return (
    <Suspense fallback={null}>
      <ProgressNoticeBanner snapshot={{ ...snapshot, notice }} />
    </Suspense>
  );
}
