'use client';

import { useId, useLayoutEffect } from 'react';

/**
 * Marks how long one render of a simulator picture takes, from the start of its render to its
 * layout effect (children included), as a User Timing measure named `NAME-render`. `npm run bench`
 * reads these in Chromium; they cost a few microseconds and show in the browser's performance panel.
 * Each picture on the page has its own start mark, so two simulators never measure each other.
 */
export function useRenderMeasure(name: string) {
  const start = `${name}-render-start${useId()}`;
  if (typeof performance !== 'undefined') performance.mark(start);
  useLayoutEffect(() => {
    if (performance.getEntriesByName(start, 'mark').length === 0) return;
    performance.measure(`${name}-render`, start);
    performance.clearMarks(start);
  });
}
