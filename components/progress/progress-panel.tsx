'use client';

import { lazy, Suspense } from 'react';

/**
 * The panel's code loads after hydration, beside the progress library its buttons wait for (they are
 * disabled until then): the prerendered HTML is the same, and the home page's first-load JS smaller.
 */
const ProgressPanelView = lazy(() => import('./progress-panel-view').then((module) => ({ default: module.ProgressPanelView })));

/** Export and import progress as a JSON file, so a learner can move between browsers. */
export function ProgressPanel() {
  return (
    <Suspense fallback={null}>
      <ProgressPanelView />
    </Suspense>
  );
}
