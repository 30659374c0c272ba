'use client';

import { useState, useSyncExternalStore } from 'react';
import type { Scenario } from '@/lib/present/scenario-schema';
import { arriveAt, backward, forward, parseStep, type Cursor } from '@/lib/present/navigation';
import type { PresentState } from '@/lib/present/sync';
import { cursorFromAddress, talkAddress, type TalkPlace } from '@/lib/present/address';

/** Where a talk is, in either window: the cursor, the blank screen, and whether the presenter is off script. */
export interface Talk {
  readonly cursor: Cursor;
  readonly blank: boolean;
  readonly animate: boolean;
  readonly live: string | null;
}

export function stateMessage(scenario: string, talk: Talk): PresentState {
  return {
    kind: 'state',
    scenario,
    step: talk.cursor.step,
    revealed: talk.cursor.revealed,
    blank: talk.blank,
    animate: talk.animate,
    live: talk.live,
  };
}

/** The channel a talk uses: a scenario opened from a file never drives a course scenario's windows. */
export function channelKey(id: string, custom: boolean): string {
  return custom ? `custom:${id}` : id;
}

/** A message from the presenter, kept within this scenario's steps whatever it says. */
export function talkFrom(message: PresentState, scenario: Pick<Scenario, 'steps'>): Talk {
  const arrived = arriveAt(scenario, message.step);
  const sameStep = arrived.step === message.step;
  return {
    cursor: {
      step: arrived.step,
      revealed: sameStep ? message.revealed || arrived.revealed : arrived.revealed,
    },
    blank: message.blank,
    animate: message.animate,
    live: message.live,
  };
}

const noSubscription = () => () => {};

/**
 * The address's hash, which the server cannot know: '' while hydrating, then the window's. Read only
 * until the talk first moves, since the talk itself rewrites the address from then on.
 */
function useAddressHash(): string {
  return useSyncExternalStore(
    noSubscription,
    () => window.location.hash,
    () => '',
  );
}

/**
 * The talk's state and its moves; every move shows in the address and goes
 * through `onChange` (to the other window). Until
 * the first move, the talk is where the address says (a step, a revealed answer).
 */
export function useTalk(
  scenario: Scenario,
  place: TalkPlace,
  pageStep: number,
  onChange: (talk: Talk) => void,
) {
  const hash = useAddressHash();
  const [moved, setMoved] = useState<Talk | null>(null);
  const talk: Talk = moved ?? {
    cursor: cursorFromAddress(scenario, place, pageStep, hash),
    blank: false,
    animate: false,
    live: null,
  };
  const follow = (next: Talk) => {
    setMoved(next);
    window.history.replaceState(null, '', talkAddress(place, next.cursor, scenario));
  };
  const change = (next: Talk) => {
    follow(next);
    onChange(next);
  };
  return {
    talk,
    /** Replace everything (a message from the presenter). */
    follow,
    next: () => {
      const cursor = forward(scenario, talk.cursor);
      if (cursor !== null) change({ ...talk, cursor, animate: true, live: null, blank: false });
    },
    back: () => {
      const cursor = backward(talk.cursor);
      if (cursor !== null) change({ ...talk, cursor, animate: false, live: null, blank: false });
    },
    goTo: (typed: string | number) => {
      const step = typeof typed === 'number' ? typed : parseStep(typed, scenario);
      if (step !== null)
        change({ ...talk, cursor: arriveAt(scenario, step), animate: false, live: null, blank: false });
    },
    toggleBlank: () => change({ ...talk, blank: !talk.blank, animate: false }),
    goLive: (hash: string) => change({ ...talk, live: hash, animate: false }),
    backToScript: () => change({ ...talk, live: null, animate: false }),
  };
}
