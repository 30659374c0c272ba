'use client';

import { useEffect } from 'react';
import { useSim, useSimStore } from './sim-context';

/** While playing, turns real time × speed into simulated milliseconds, one animation frame at a time. */
export function usePlayLoop() {
  const store = useSimStore();
  const playing = useSim((state) => state.playing);
  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let carry = 0;
    const loop = (now: number) => {
      // A background tab pauses frames; do not jump minutes ahead when it comes back.
      const elapsed = Math.min(now - last, 250);
      last = now;
      carry += elapsed * store.getState().speed;
      const whole = Math.floor(carry);
      if (whole > 0) {
        carry -= whole;
        store.getState().advanceBy(whole);
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing, store]);
}
