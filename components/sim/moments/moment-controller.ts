import type { Moment } from '../moment';
import type { SimActions, SimStore, SimStoreState } from '../sim-store';
import {
  currentMomentIndex,
  finishPlaying,
  isDue,
  overshotTo,
  playUntil,
  type MomentPhase,
} from './moment-flow';

export interface MomentFlow {
  readonly done: ReadonlySet<string>;
  readonly phase: MomentPhase;
  /** Simulated ms at which "Play and see" began (for the progress line). */
  readonly playStart: number;
}

const START: MomentFlow = { done: new Set(), phase: { kind: 'waiting' }, playStart: 0 };

type StoreState = SimStoreState & SimActions;

/** The session's first checkpoint is made once per session: a new one means Reset, New seed or a share link. */
const originOf = (state: StoreState) => state.session.checkpoints[0];

export interface MomentController {
  getFlow(): MomentFlow;
  /** Starts watching the store; returns the function that stops. */
  attach(): () => void;
  subscribe(listener: () => void): () => void;
  play(): void;
  skipAhead(): void;
  resume(): void;
  next(): void;
}

/**
 * Runs the moments against a simulator store: pauses when the current one is due (going back to
 * its exact time if the time went past it), plays what the learner asked to see, and starts over
 * when the session is replaced (Reset). Watches every store change, not React renders, so no
 * crossing is missed; kept free of React so it can be tested against a real store.
 */
export function createMomentController(store: SimStore, moments: readonly Moment[]): MomentController {
  // Asking from the first render when the first moment is due already (no flash of "waiting").
  const first = moments[0];
  let flow: MomentFlow =
    first !== undefined && isDue(first, store.getState().session.state.now)
      ? { ...START, phase: { kind: 'asking' } }
      : START;
  const listeners = new Set<() => void>();

  // The flow is updated before any store action: those call the store listener again at once.
  function commit(next: MomentFlow) {
    flow = next;
    for (const listener of listeners) listener();
  }

  function currentMoment(): Moment | undefined {
    const index = currentMomentIndex(moments, flow.done);
    return index === null ? undefined : moments[index];
  }

  function evaluate(state: StoreState, previousNow: number) {
    const moment = currentMoment();
    if (moment === undefined) return;
    const now = state.session.state.now;
    const phase = flow.phase;
    if (phase.kind === 'waiting' && isDue(moment, now)) {
      commit({ ...flow, phase: { kind: 'asking' } });
      const back = overshotTo(moment, previousNow, now);
      if (state.playing) store.getState().setPlaying(false);
      if (back !== null) store.getState().seek(back);
    } else if (phase.kind === 'asking' && !isDue(moment, now)) {
      // The learner went back before the moment: it asks again when the time comes.
      commit({ ...flow, phase: { kind: 'waiting' } });
    } else if (phase.kind === 'playing') {
      const end = finishPlaying(phase.until, now);
      if (!end.done) return;
      commit({ ...flow, phase: { kind: 'revealed' } });
      if (state.playing) store.getState().setPlaying(false);
      if (end.seekTo !== null) store.getState().seek(end.seekTo);
    }
  }

  const evaluateNow = () => {
    const state = store.getState();
    evaluate(state, state.session.state.now);
  };

  return {
    getFlow: () => flow,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach() {
      evaluateNow();
      return store.subscribe((next, previous) => {
        if (originOf(next) !== originOf(previous)) {
          commit(START);
          evaluate(next, next.session.state.now);
          return;
        }
        evaluate(next, previous.session.state.now);
      });
    },
    play() {
      const moment = currentMoment();
      if (moment === undefined || flow.phase.kind !== 'asking') return;
      for (const line of moment.run ?? []) store.getState().runScriptedLine(line);
      const start = store.getState().session.state.now;
      const until = playUntil(moment, start);
      if (until <= start) {
        commit({ ...flow, phase: { kind: 'revealed' }, playStart: start });
        return;
      }
      commit({ ...flow, phase: { kind: 'playing', until }, playStart: start });
      store.getState().setPlaying(true);
    },
    skipAhead() {
      const phase = flow.phase;
      if (phase.kind !== 'playing') return;
      const state = store.getState();
      state.setPlaying(false);
      store.getState().advanceBy(phase.until - store.getState().session.state.now);
    },
    resume() {
      if (flow.phase.kind === 'playing') store.getState().setPlaying(true);
    },
    next() {
      const moment = currentMoment();
      if (moment === undefined || flow.phase.kind !== 'revealed') return;
      commit({ ...flow, done: new Set([...flow.done, moment.id]), phase: { kind: 'waiting' } });
      evaluateNow();
    },
  };
}
