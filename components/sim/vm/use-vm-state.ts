'use client';

import type { VmSimState } from '@/lib/sim/vm/types';
import { useSim } from '../sim-context';

/**
 * Reads one slice of the containers-vs-VMs state. The selector must return something stable
 * (a field of the state, a number, a string), never a fresh object, so a tick only re-renders
 * the components whose slice changed.
 */
export function useVmState<T>(selector: (state: VmSimState) => T): T {
  return useSim((store) => selector(store.session.state as VmSimState));
}

export const selectState = (state: VmSimState) => state;
export const selectNow = (state: VmSimState) => state.now;
export const selectVms = (state: VmSimState) => state.vms;
export const selectContainers = (state: VmSimState) => state.containers;
export const selectSamples = (state: VmSimState) => state.samples;
