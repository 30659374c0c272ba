'use client';

import type { EcsState } from '@/lib/sim/ecs/types';
import { useSim } from '../sim-context';

/**
 * Reads one slice of the ECS state. The selector must return something stable (a field of the
 * state, a number, a string), never a fresh object, so a tick only re-renders the components whose
 * slice changed. Derive objects in the component with useMemo over stable slices.
 */
export function useEcsState<T>(selector: (state: EcsState) => T): T {
  return useSim((store) => selector(store.session.state as EcsState));
}

export const selectEcsState = (state: EcsState) => state;
