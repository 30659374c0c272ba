'use client';

import dynamic from 'next/dynamic';
import { guarded } from './guarded';

// Each lesson imports the whole component map, so a block used by one or two lessons would otherwise
// ride in every lesson's first-load JS. Rendered on the server as before; the client fetches the
// code only on the pages that show the block.
export const ComputeChooser = guarded(
  dynamic(() => import('./compute-chooser').then((module) => module.ComputeChooser)),
  'this exercise',
);

export const HistoryTimeline = guarded(
  dynamic(() => import('./history-timeline').then((module) => module.HistoryTimeline)),
  'this timeline',
);
