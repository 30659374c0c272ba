import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { counterEngine } from './counter-engine';
import { MAX_CHECKPOINTS } from './checkpoints';
import { fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { counterCommandArbitrary, runCounterOps, sessionOpArbitrary } from './session-driver';
import {
  advance,
  createSession,
  dispatch,
  dispatchWithResult,
  replay,
  seek,
  seekTime,
  stepBack,
  stepForward,
} from './session';

const fresh = () => createSession(counterEngine, 7);
const ops = fc.array(sessionOpArbitrary(counterCommandArbitrary), { maxLength: 25 });

describe('createSession', () => {
  it('starts at time 0 with an empty log and no events', () => {
    const session = fresh();
    expect(session.state.now).toBe(0);
    expect(session.step).toBe(0);
    expect(session.events).toEqual([]);
    expect(session.checkpoints).toHaveLength(1);
  });

  it('replays a given log and leaves the cursor at its end', () => {
    const session = createSession(counterEngine, 7, [
      { at: 0, command: { type: 'Add', n: 2 } },
      { at: 5000, command: { type: 'Add', n: 3 } },
    ]);
    expect(session.step).toBe(2);
    expect(session.state.now).toBe(5000);
    expect(session.state.count).toBe(5);
    expect(session.end).toBe(5000);
  });

  it('refuses a log whose times go backwards', () => {
    expect(() =>
      createSession(counterEngine, 1, [
        { at: 10, command: { type: 'Roll' } },
        { at: 5, command: { type: 'Roll' } },
      ]),
    ).toThrow(/before the entry it follows/);
  });
});

describe('dispatch', () => {
  it('applies the command at the current time and logs it with its console line', () => {
    const session = dispatch(advance(fresh(), 1500), { type: 'Add', n: 4 }, 'add 4');
    expect(session.log).toEqual([{ at: 1500, command: { type: 'Add', n: 4 }, line: 'add 4' }]);
    expect(session.state.count).toBe(4);
    expect(session.events.map((e) => e.kind)).toEqual(['added']);
  });

  it('returns a refused command’s error and still logs it so replays show the same error', () => {
    const result = dispatchWithResult(fresh(), { type: 'Add', n: -1 });
    expect(result.error).toEqual({ code: 'Negative', message: 'count cannot go below 0' });
    expect(result.session.state.count).toBe(0);
    expect(result.session.log).toHaveLength(1);
  });

  it('forks when the cursor is behind the end: the recorded future is dropped', () => {
    let session = dispatch(fresh(), { type: 'Add', n: 1 });
    session = dispatch(advance(session, 10_000), { type: 'Add', n: 10 });
    session = advance(session, 5000);
    const forked = dispatch(seekTime(session, 2000), { type: 'Add', n: 100 });
    expect(forked.log.map((e) => e.at)).toEqual([0, 2000]);
    expect(forked.end).toBe(2000);
    expect(forked.state.count).toBe(101);
  });
});

describe('advance', () => {
  it('fires scheduled changes at their own time', () => {
    const session = advance(dispatch(fresh(), { type: 'Schedule', inMs: 3000 }), 5000);
    expect(session.events).toEqual([{ at: 3000, kind: 'fired', level: 'success', message: 'timer fired' }]);
    expect(session.state.now).toBe(5000);
  });

  it('replays the recorded future like a video after scrubbing back', () => {
    let session = dispatch(advance(fresh(), 4000), { type: 'Add', n: 2 });
    session = advance(session, 6000);
    const rewound = seekTime(session, 1000);
    expect(rewound.state.count).toBe(0);
    const played = advance(rewound, 9000);
    expect(played.state).toEqual(session.state);
    expect(played.events).toEqual(session.events);
    expect(played.log).toBe(session.log);
  });

  it('ignores zero and negative durations', () => {
    const session = fresh();
    expect(advance(session, 0)).toBe(session);
    expect(advance(session, -5)).toBe(session);
  });
});

describe('seek', () => {
  it('clamps a position to what the log allows', () => {
    const session = advance(dispatch(advance(fresh(), 3000), { type: 'Add', n: 1 }), 1000);
    const clamped = seek(session, { step: 0, now: 9999 });
    expect(clamped.step).toBe(0);
    expect(clamped.state.now).toBe(3000);
    expect(clamped.state.count).toBe(0);
  });

  it('keeps the number of checkpoints bounded on long histories', () => {
    let session = fresh();
    for (let i = 0; i < 400; i += 1) session = advance(dispatch(session, { type: 'Add', n: 1 }), 31_000);
    expect(session.checkpoints.length).toBeLessThanOrEqual(MAX_CHECKPOINTS);
    expect(seekTime(session, 123_456).state).toEqual(
      replay(counterEngine, 7, session.log, { step: 4, now: 123_456 }).state,
    );
  });
});

describe('stepForward', () => {
  it('jumps to the next scheduled change', () => {
    const session = stepForward(dispatch(fresh(), { type: 'Schedule', inMs: 42_000 }));
    expect(session.state.now).toBe(42_000);
    expect(session.state.fired).toBe(1);
  });

  it('applies the next logged command before a later scheduled change', () => {
    let session = dispatch(fresh(), { type: 'Schedule', inMs: 9000 });
    session = dispatch(advance(session, 2000), { type: 'Add', n: 1 });
    const forward = stepForward(seekTime(session, 1000));
    expect(forward.step).toBe(2);
    expect(forward.state.now).toBe(2000);
  });

  it('moves one second when nothing is scheduled', () => {
    expect(stepForward(fresh()).state.now).toBe(1000);
  });
});

describe('stepBack', () => {
  it('undoes the last command when it happened at the cursor', () => {
    const session = dispatch(advance(fresh(), 500), { type: 'Add', n: 3 });
    const back = stepBack(session);
    expect(back.step).toBe(0);
    expect(back.state.count).toBe(0);
    expect(stepForward(back).state).toEqual(session.state);
  });

  it('stays put at the very beginning', () => {
    const session = fresh();
    expect(stepBack(session)).toBe(session);
  });
});

describe('time machine properties', () => {
  it(
    'the same seed and operations give deep-equal sessions',
    () => {
      fc.assert(
        fc.property(fc.integer(), ops, (seed, list) => {
          const a = runCounterOps(seed, list);
          const b = runCounterOps(seed, list);
          expect(a.state).toEqual(b.state);
          expect(a.events).toEqual(b.events);
          expect(a.log).toEqual(b.log);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(1),
  );

  it(
    'replaying the log from scratch gives the live state and events',
    () => {
      fc.assert(
        fc.property(fc.integer(), ops, (seed, list) => {
          const session = runCounterOps(seed, list);
          const replayed = replay(counterEngine, seed, session.log, {
            step: session.step,
            now: session.state.now,
          });
          expect(replayed.state).toEqual(session.state);
          expect(replayed.events).toEqual(session.events);
          expect(session.recorded.slice(0, session.events.length)).toEqual(session.events);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(1),
  );

  it(
    'stepBack then stepForward returns to a deep-equal state',
    () => {
      fc.assert(
        fc.property(fc.integer(), ops, (seed, list) => {
          const here = stepForward(runCounterOps(seed, list));
          const again = stepForward(stepBack(here));
          expect(again.state).toEqual(here.state);
          expect(again.step).toBe(here.step);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(1),
  );

  it(
    'ticking a then b equals ticking a + b',
    () => {
      fc.assert(
        fc.property(fc.integer(), ops, fc.nat(50_000), fc.nat(50_000), (seed, list, a, b) => {
          const { state } = runCounterOps(seed, list);
          const split = counterEngine.tick(counterEngine.tick(state, a).state, b).state;
          expect(split).toEqual(counterEngine.tick(state, a + b).state);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(1),
  );
});
