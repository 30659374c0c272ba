'use client';

import type { EksState } from '@/lib/sim/eks/types';
import { useSim } from '../sim-context';

/** One slice of the EKS state; the selector must return something stable (see use-ecs-state.ts). */
export function useEksState<T>(selector: (state: EksState) => T): T {
  return useSim((store) => selector(store.session.state as EksState));
}

export const selectEksState = (state: EksState) => state;
