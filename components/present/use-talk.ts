'use client';

import { useState } from 'react';
import type { Scenario } from '@/lib/present/scenario-schema';
import { arriveAt, backward, forward, parseStep, type Cursor } from '@/lib/present/navigation';
import type { PresentState } from '@/lib/present/sync';

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

/** The talk's state and its moves; every move goes through `onChange` (URL, the other window). */
export function useTalk(scenario: Scenario, firstStep: number, onChange: (talk: Talk) => void) {
  const [talk, setTalk] = useState<Talk>(() => ({
    cursor: arriveAt(scenario, firstStep),
    blank: false,
    animate: false,
    live: null,
  }));
  const change = (next: Talk) => {
    setTalk(next);
    onChange(next);
  };
  return {
    talk,
    /** Replace everything (a message from the presenter). */
    follow: (next: Talk) => setTalk(next),
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
