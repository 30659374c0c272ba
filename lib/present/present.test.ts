import { describe, expect, it } from 'vitest';
import { cursorFromAddress, talkAddress } from './address';
import { arriveAt, backward, forward, parseStep, playedSteps } from './navigation';
import { clockText, pacing } from './pacing';
import { readMessage } from './sync';

const ask = { question: 'What happens next?', answer: 'This happens next.' };
const scenario = {
  steps: [{ minutes: 2 }, { minutes: 3, ask }, { minutes: 1 }].map((step) => ({
    title: 'Step',
    run: [],
    playFor: 0,
    narration: 'What the room reads.',
    notes: 'What the presenter reads.',
    expect: [],
    expectErrors: [],
    ...step,
  })),
};

describe('presentation navigation', () => {
  it('opens a step that asks the room on its question, and reveals before moving on', () => {
    let cursor = arriveAt(scenario, 1);
    expect(cursor).toEqual({ step: 1, revealed: true });
    cursor = forward(scenario, cursor)!;
    expect(cursor).toEqual({ step: 2, revealed: false });
    expect(playedSteps(cursor)).toBe(1);
    cursor = forward(scenario, cursor)!;
    expect(cursor).toEqual({ step: 2, revealed: true });
    expect(playedSteps(cursor)).toBe(2);
    cursor = forward(scenario, cursor)!;
    expect(cursor).toEqual({ step: 3, revealed: true });
    expect(forward(scenario, cursor)).toBeNull();
  });

  it('goes back to the previous step as it ended, and stops at the start', () => {
    expect(backward({ step: 3, revealed: true })).toEqual({ step: 2, revealed: true });
    expect(backward({ step: 2, revealed: false })).toEqual({ step: 1, revealed: true });
    expect(backward({ step: 1, revealed: true })).toBeNull();
  });

  it('clamps a step from a link and reads typed step numbers', () => {
    expect(arriveAt(scenario, 99)).toEqual({ step: 3, revealed: true });
    expect(arriveAt(scenario, 0)).toEqual({ step: 1, revealed: true });
    expect(parseStep('2', scenario)).toBe(2);
    expect(parseStep('4', scenario)).toBeNull();
    expect(parseStep('two', scenario)).toBeNull();
    expect(parseStep('', scenario)).toBeNull();
  });
});

describe('talk addresses', () => {
  const course = { id: 'binpack-vs-spread', window: 'audience', custom: false } as const;
  const custom = { id: 'mine', window: 'presenter', custom: true } as const;

  it('says in the address when a question has been revealed, and only then', () => {
    expect(talkAddress(course, { step: 2, revealed: false }, scenario)).toBe('/present/binpack-vs-spread/2/');
    expect(talkAddress(course, { step: 2, revealed: true }, scenario)).toBe(
      '/present/binpack-vs-spread/2/#answer',
    );
    expect(talkAddress(course, { step: 3, revealed: true }, scenario)).toBe('/present/binpack-vs-spread/3/');
    expect(talkAddress({ ...course, window: 'presenter' }, { step: 1, revealed: true }, scenario)).toBe(
      '/present/binpack-vs-spread/presenter/1/',
    );
    expect(talkAddress(custom, { step: 2, revealed: true }, scenario)).toBe(
      '/present/custom/presenter/#2/answer',
    );
    expect(talkAddress({ ...custom, window: 'audience' }, { step: 3, revealed: true }, scenario)).toBe(
      '/present/custom/#3',
    );
  });

  it('opens an address at the cursor it names, each address round-tripping', () => {
    const cursors = [1, 2, 3].flatMap((step) => [arriveAt(scenario, step), { step, revealed: true }]);
    for (const cursor of cursors) {
      for (const place of [course, custom]) {
        const address = talkAddress(place, cursor, scenario);
        const hash = address.includes('#') ? address.slice(address.indexOf('#')) : '';
        const pageStep = place.custom ? 1 : Number(/\/(\d+)\/(?:#|$)/.exec(address)![1]);
        expect(cursorFromAddress(scenario, place, pageStep, hash)).toEqual(cursor);
      }
    }
  });

  it('opens a hand-edited or stale hash at a step the scenario has, on its question', () => {
    expect(cursorFromAddress(scenario, course, 1, '#answer')).toEqual({ step: 1, revealed: true });
    expect(cursorFromAddress(scenario, course, 2, '#nonsense')).toEqual({ step: 2, revealed: false });
    expect(cursorFromAddress(scenario, custom, 1, '')).toEqual({ step: 1, revealed: true });
    expect(cursorFromAddress(scenario, custom, 1, '#2')).toEqual({ step: 2, revealed: false });
    expect(cursorFromAddress(scenario, custom, 1, '#99/answer')).toEqual({ step: 3, revealed: true });
    expect(cursorFromAddress(scenario, custom, 1, '#0')).toEqual({ step: 1, revealed: true });
    expect(cursorFromAddress(scenario, custom, 1, '#<script>')).toEqual({ step: 1, revealed: true });
  });
});

describe('pacing', () => {
  it('is on time within a minute of the plan, behind past the step’s planned end, ahead before its start', () => {
    expect(pacing(scenario, 2, 4 * 60_000).pace).toBe('on-time');
    expect(pacing(scenario, 2, 6.5 * 60_000)).toEqual({ pace: 'behind', differenceMs: 1.5 * 60_000 });
    expect(pacing(scenario, 3, 2 * 60_000)).toEqual({ pace: 'ahead', differenceMs: 3 * 60_000 });
  });

  it('prints elapsed time like a clock', () => {
    expect(clockText(700_000)).toBe('11:40');
    expect(clockText(3_725_000)).toBe('1:02:05');
    expect(clockText(-5)).toBe('0:00');
  });
});

describe('presenter messages', () => {
  const state = {
    kind: 'state',
    scenario: 'demo',
    step: 2,
    revealed: false,
    blank: false,
    animate: true,
    live: null,
  };

  it('accepts this scenario’s messages and nothing else', () => {
    expect(readMessage(state, 'demo')).toEqual(state);
    expect(readMessage(state, 'other')).toBeNull();
    expect(readMessage({ ...state, step: 0 }, 'demo')).toBeNull();
    expect(readMessage({ ...state, extra: 1 }, 'demo')).toBeNull();
    expect(readMessage('junk', 'demo')).toBeNull();
    expect(readMessage({ kind: 'hello', scenario: 'demo' }, 'demo')).toEqual({
      kind: 'hello',
      scenario: 'demo',
    });
  });
});
