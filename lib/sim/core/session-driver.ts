import fc from 'fast-check';
import { counterEngine, type CounterCommand, type CounterState } from './counter-engine';
import { advance, createSession, dispatch, seekTime, stepBack, stepForward, type Session } from './session';

/** Random time-machine operations for property tests, applied through the public API only. */
export type SessionOp<C> =
  | { readonly kind: 'dispatch'; readonly command: C }
  | { readonly kind: 'advance'; readonly ms: number }
  | { readonly kind: 'seek'; readonly fraction: number }
  | { readonly kind: 'forward' }
  | { readonly kind: 'back' };

export function sessionOpArbitrary<C>(command: fc.Arbitrary<C>): fc.Arbitrary<SessionOp<C>> {
  return fc.oneof(
    { weight: 4, arbitrary: command.map((c) => ({ kind: 'dispatch' as const, command: c })) },
    {
      weight: 3,
      arbitrary: fc.integer({ min: 1, max: 20_000 }).map((ms) => ({ kind: 'advance' as const, ms })),
    },
    {
      weight: 1,
      arbitrary: fc
        .double({ min: 0, max: 1.2, noNaN: true })
        .map((fraction) => ({ kind: 'seek' as const, fraction })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'forward' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'back' as const }) },
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function applySessionOp<S extends Session<any, any>>(session: S, op: SessionOp<unknown>): S {
  switch (op.kind) {
    case 'dispatch':
      return dispatch(session, op.command) as S;
    case 'advance':
      return advance(session, op.ms) as S;
    case 'seek':
      return seekTime(session, Math.round(session.end * op.fraction)) as S;
    case 'forward':
      return stepForward(session) as S;
    case 'back':
      return stepBack(session) as S;
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

export const counterCommandArbitrary: fc.Arbitrary<CounterCommand> = fc.oneof(
  fc.integer({ min: -5, max: 10 }).map((n) => ({ type: 'Add' as const, n })),
  fc.integer({ min: 1, max: 30_000 }).map((inMs) => ({ type: 'Schedule' as const, inMs })),
  fc.constant({ type: 'Roll' as const }),
);

export function runCounterOps(
  seed: number,
  ops: readonly SessionOp<CounterCommand>[],
): Session<CounterState, CounterCommand> {
  return ops.reduce((session, op) => applySessionOp(session, op), createSession(counterEngine, seed));
}
