import { describe, expect, it } from 'vitest';
import { getSimulator, sessionForPreset } from '../registry';
import { readyReplicas } from './selectors';
import type { VmSimState } from './types';

const vm = () => {
  const sim = getSimulator('vm');
  if (sim === undefined) throw new Error('vm simulator missing');
  return sim;
};

describe('VM_PRESETS', () => {
  it('gives the density preset all 200 containers running, whatever the seed, though they start one at a time', () => {
    for (const seed of [1, 11, 99]) {
      const state = sessionForPreset(vm(), 'density', seed).state as VmSimState;
      expect(readyReplicas(state).container).toBe(200);
      const starts = state.containers.map((c) => c.startedAt ?? 0).sort((a, b) => a - b);
      // One at a time: the last start comes well after the first.
      expect((starts.at(-1) ?? 0) - (starts[0] ?? 0)).toBeGreaterThan(200 * 50);
    }
  });

  it('starts the burst preset with both containers running and 2 ready VMs, whatever the seed', () => {
    for (const seed of [1, 7, 42]) {
      expect(readyReplicas(sessionForPreset(vm(), 'burst', seed).state as VmSimState)).toEqual({
        vm: 2,
        container: 2,
      });
    }
  });
});
