import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import {
  advance,
  createSession,
  dispatch,
  replay,
  seekTime,
  stepBack,
  stepForward,
  type Session,
} from '../core/session';
import { vmEngine } from './engine';
import type { VmCommand } from './commands';
import type { VmSimState } from './types';
import { concretize, vmOpSeedArbitrary, type VmOpSeed } from './vm-arbitraries';

type Op = { readonly seed: VmOpSeed; readonly waitMs: number };
const opArbitrary: fc.Arbitrary<Op> = fc.record({
  seed: vmOpSeedArbitrary,
  waitMs: fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 5_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 90_000 }) },
  ),
});
const ops = fc.array(opArbitrary, { maxLength: 10 });

function play(
  seed: number,
  list: readonly Op[],
  check?: (state: VmSimState) => void,
): Session<VmSimState, VmCommand> {
  let session = createSession(vmEngine, seed);
  for (const op of list) {
    session = dispatch(session, concretize(op.seed, session.state));
    check?.(session.state);
    session = advance(session, op.waitMs);
    check?.(session.state);
  }
  return session;
}

describe('parseCommand', () => {
  it('accepts a valid command and names the field at fault otherwise', () => {
    expect(vmEngine.parseCommand({ type: 'SetTraffic', rps: 10 })).toEqual({
      ok: true,
      command: { type: 'SetTraffic', rps: 10 },
    });
    expect(vmEngine.parseCommand({ type: 'SetTraffic', rps: -1 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^SetTraffic\.rps: /),
    });
    expect(vmEngine.parseCommand({ type: 'Explode' })).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown command type "Explode"'),
    });
    expect(vmEngine.parseCommand('nope')).toMatchObject({ ok: false });
    expect(
      vmEngine.parseCommand({ type: 'RunContainers', image: 'nginx', count: 2, name: 'web' }),
    ).toMatchObject({
      ok: false,
      error: expect.stringContaining(
        'a name or a published port can only be given when running one container',
      ),
    });
  });
});

describe('vmEngine properties', () => {
  it(
    'the same seed and commands give deep-equal state',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), ops, async (seed, list) => {
          await breathe();
          expect(play(seed, list).state).toEqual(play(seed, list).state);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    'ticking a then b equals ticking a + b',
    async () => {
      // `a` often ends exactly on a second boundary or a scheduled change, where bugs hide.
      const split = fc.oneof(
        fc.nat(120_000).map((ms) => ({ mode: 'raw' as const, ms })),
        fc.nat(90).map((ms) => ({ mode: 'second' as const, ms })),
        fc.constant({ mode: 'change' as const, ms: 0 }),
      );
      const lengthOf = (
        state: VmSimState,
        choice: { mode: 'raw' | 'second' | 'change'; ms: number },
      ): number => {
        if (choice.mode === 'raw') return choice.ms;
        if (choice.mode === 'second') return 1000 - (state.now % 1000) + choice.ms * 1000;
        return (vmEngine.nextChangeAt(state) ?? state.now + 1) - state.now;
      };
      await fc.assert(
        fc.asyncProperty(fc.integer(), ops, split, fc.nat(120_000), async (seed, list, choice, b) => {
          await breathe();
          const { state } = play(seed, list);
          const a = lengthOf(state, choice);
          const split = vmEngine.tick(vmEngine.tick(state, a).state, b);
          const whole = vmEngine.tick(state, a + b);
          expect(split.state).toEqual(whole.state);
          expect([...vmEngine.tick(state, a).events, ...split.events]).toEqual(whole.events);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    'invariants hold after every command and every wait',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), ops, async (seed, list) => {
          await breathe();
          play(seed, list, (state) => expect(vmEngine.checkInvariants?.(state)).toEqual([]));
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    'replaying the log from scratch gives the live state and events',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), ops, async (seed, list) => {
          await breathe();
          const session = play(seed, list);
          const replayed = replay(vmEngine, seed, session.log, {
            step: session.step,
            now: session.state.now,
          });
          expect(replayed.state).toEqual(session.state);
          expect(replayed.events).toEqual(session.events);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );

  it(
    'stepBack then stepForward returns to a deep-equal state',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer(),
          ops,
          fc.nat(6),
          fc.double({ min: 0, max: 1, noNaN: true }),
          async (seed, list, steps, where) => {
            await breathe();
            let session = seekTime(play(seed, list), 0);
            session = seekTime(session, Math.round(session.end * where));
            for (let i = 0; i <= steps; i += 1) session = stepForward(session);
            const again = stepForward(stepBack(session));
            expect(again.state).toEqual(session.state);
            expect(again.step).toBe(session.step);
          },
        ),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );
});

describe('nextChangeAt', () => {
  it('is the next scheduled change, or null when nothing is scheduled', () => {
    const session = dispatch(createSession(vmEngine, 1), {
      type: 'LaunchVms',
      count: 1,
      instanceType: 't3.micro',
    });
    const vm = session.state.vms[0];
    expect(vmEngine.nextChangeAt(session.state)).toBe(vm?.plan.runningAt);
    expect(vmEngine.nextChangeAt(createSession(vmEngine, 1).state)).toBeNull();
  });
});
