'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Moment } from '../moment';
import { useSimStore } from '../sim-context';
import { currentMomentIndex } from './moment-flow';
import { createMomentController } from './moment-controller';

/** The moments' controller for this simulator's store, and its current flow for rendering. */
export function useMomentFlow(moments: readonly Moment[]) {
  const store = useSimStore();
  // Moments come from MDX as a literal: one controller per mounted component is what we want.
  const [controller] = useState(() => createMomentController(store, moments));
  useEffect(() => controller.attach(), [controller]);
  const flow = useSyncExternalStore(controller.subscribe, controller.getFlow, controller.getFlow);
  return {
    index: currentMomentIndex(moments, flow.done),
    phase: flow.phase,
    playStart: flow.playStart,
    play: controller.play,
    skipAhead: controller.skipAhead,
    resume: controller.resume,
    next: controller.next,
  };
}
