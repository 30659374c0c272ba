import { z } from '@/lib/zod';
import { nextInt } from './rng';
import type { BaseState, Engine, SimEvent, Step } from './types';

/**
 * A tiny engine for testing the time machine on its own: a counter, timers that fire at absolute
 * times, a PRNG roll and a whole-second sample count (so tick additivity is exercised).
 */
export interface CounterState extends BaseState {
  readonly count: number;
  /** Absolute times at which a timer fires, ascending. */
  readonly timers: readonly number[];
  readonly fired: number;
  readonly seconds: number;
}

const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Add'), n: z.number().int().min(-100).max(100) }),
  z.strictObject({ type: z.literal('Schedule'), inMs: z.number().int().min(1).max(600_000) }),
  z.strictObject({ type: z.literal('Roll') }),
]);
export type CounterCommand = z.infer<typeof commandSchema>;

function apply(state: CounterState, command: CounterCommand): Step<CounterState> {
  const at = state.now;
  switch (command.type) {
    case 'Add':
      if (state.count + command.n < 0) {
        return {
          state,
          events: [{ at, kind: 'refused', level: 'error', message: 'count cannot go below 0' }],
          error: { code: 'Negative', message: 'count cannot go below 0' },
        };
      }
      return {
        state: { ...state, count: state.count + command.n },
        events: [{ at, kind: 'added', level: 'info', message: `added ${command.n}` }],
      };
    case 'Schedule': {
      const timers = [...state.timers, at + command.inMs].sort((a, b) => a - b);
      return { state: { ...state, timers }, events: [] };
    }
    case 'Roll': {
      const [value, rng] = nextInt(state.rng, 1, 6);
      return {
        state: { ...state, rng, count: state.count + value },
        events: [{ at, kind: 'rolled', level: 'info', message: `rolled ${value}` }],
      };
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

function tick(state: CounterState, ms: number): Step<CounterState> {
  const target = state.now + Math.max(0, ms);
  const events: SimEvent[] = [];
  const due = state.timers.filter((t) => t <= target);
  for (const t of due) events.push({ at: t, kind: 'fired', level: 'success', message: `timer fired` });
  return {
    state: {
      ...state,
      now: target,
      timers: state.timers.filter((t) => t > target),
      fired: state.fired + due.length,
      seconds: Math.floor(target / 1000),
    },
    events,
  };
}

export const counterEngine: Engine<CounterState, CounterCommand> = {
  id: 'counter',
  version: 2,
  title: 'Counter',
  init: (seed) => ({ now: 0, seed, rng: seed >>> 0, count: 0, timers: [], fired: 0, seconds: 0 }),
  apply,
  tick,
  nextChangeAt: (state) => state.timers[0] ?? null,
  parseCommand: (data) => {
    const parsed = commandSchema.safeParse(data);
    return parsed.success
      ? { ok: true, command: parsed.data }
      : { ok: false, error: parsed.error.issues[0]?.message ?? 'invalid command' };
  },
  checkInvariants: (state) => (state.count < 0 ? ['count is negative'] : []),
};
