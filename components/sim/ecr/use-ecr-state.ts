'use client';

import type { SimEvent } from '@/lib/sim/core/types';
import type { EcrState } from '@/lib/sim/ecr/types';
import { useSim } from '../sim-context';

/** One slice of the ECR state; the selector must return something stable (see use-ecs-state.ts). */
export function useEcrState<T>(selector: (state: EcrState) => T): T {
  return useSim((store) => selector(store.session.state as EcrState));
}

export const selectEcrState = (state: EcrState) => state;

/** Every event up to the cursor: the picture reads the last push or pull from it. */
export function useSimEvents(): readonly SimEvent[] {
  return useSim((store) => store.session.events);
}
