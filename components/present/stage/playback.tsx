'use client';

import { useEffect, useRef } from 'react';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import { decodeShareLink } from '@/lib/sim/core/share-link';
import { SPEEDS, type SimActions } from '@/components/sim/sim-store';
import { useSim, useSimStore } from '@/components/sim/sim-context';
import { usePlayLoop } from '@/components/sim/use-play-loop';

/** What the stage should show: a step's starting point and the simulated time to play from it. */
export interface StageTarget {
  readonly key: string;
  readonly base: Session<BaseState, CommandBase>;
  readonly playMs: number;
}

/**
 * Off script, time runs at its own pace in both windows: each plays the same deterministic engine from
 * the same reported state, so they agree without sending every frame.
 */
export function playLive(actions: Pick<SimActions, 'setSpeed' | 'setPlaying'>) {
  actions.setSpeed(1);
  actions.setPlaying(true);
}

/** Longer plays jump to their end: a room should not wait more than about 15 s for a step. */
const LONGEST_REAL_PLAY_MS = 15_000;

function speedFor(playMs: number): (typeof SPEEDS)[number] | null {
  return SPEEDS.find((speed) => playMs / speed <= LONGEST_REAL_PLAY_MS) ?? null;
}

/**
 * Puts the scripted target on the stage: plays its seconds for the room when `animate` (a fresh
 * "next"), or jumps straight to its end (a reload, a jump, going back). While the presenter is off
 * script, `live` (a share-link hash from the presenter window) is shown instead; `ownLive` means
 * this window is the one typing, so its store is left alone.
 */
export function Playback({
  target,
  animate,
  live,
  ownLive,
}: {
  target: StageTarget;
  animate: boolean;
  live: string | null;
  ownLive: boolean;
}) {
  usePlayLoop();
  const store = useSimStore();
  const now = useSim((state) => state.session.state.now);
  const playing = useSim((state) => state.playing);
  const end = target.base.state.now + target.playMs;
  // Whether to play is decided when the target changes; a later change of the flag alone (a question
  // step arriving with animate on) must not replay the step already shown.
  const animateNow = useRef(animate);
  useEffect(() => {
    animateNow.current = animate;
  });

  useEffect(() => {
    if (ownLive) return;
    const actions = store.getState();
    if (live !== null) {
      const decoded = decodeShareLink(live, [target.base.engine]);
      if (!decoded.ok) return;
      actions.replaceSession(decoded.session);
      playLive(actions);
      return;
    }
    actions.replaceSession(target.base);
    if (target.playMs === 0) return;
    const speed = animateNow.current ? speedFor(target.playMs) : null;
    if (speed === null) {
      actions.advanceBy(target.playMs);
      return;
    }
    actions.setSpeed(speed);
    actions.setPlaying(true);
  }, [target, live, ownLive, store]);

  // Stop exactly at the step's end: the play loop moves in frames and may overshoot.
  useEffect(() => {
    if (!playing || live !== null || ownLive || now < end) return;
    store.getState().setPlaying(false);
    store.getState().seek(end);
  }, [playing, now, end, live, ownLive, store]);

  return null;
}
