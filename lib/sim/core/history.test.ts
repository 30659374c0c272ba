import { describe, expect, it } from 'vitest';
import { counterEngine } from './counter-engine';
import { historyAtCursor } from './history';
import { advance, createSession, dispatch, seekTime } from './session';

const describeItem = (item: ReturnType<typeof historyAtCursor>[number]) =>
  item.kind === 'command' ? `$ ${item.entry.line ?? item.entry.command.type}` : item.event.message;

describe('historyAtCursor', () => {
  it('puts each command right before its own events, even when many share one time', () => {
    let session = createSession(counterEngine, 1);
    session = dispatch(session, { type: 'Schedule', inMs: 1000 }, 'schedule a');
    session = dispatch(session, { type: 'Schedule', inMs: 1000 }, 'schedule b');
    session = dispatch(session, { type: 'Add', n: 1 }, 'add 1');
    session = advance(session, 1000);
    session = dispatch(session, { type: 'Add', n: 2 }, 'add 2');
    expect(historyAtCursor(session).map(describeItem)).toEqual([
      '$ schedule a',
      '$ schedule b',
      '$ add 1',
      'added 1',
      'timer fired',
      'timer fired',
      '$ add 2',
      'added 2',
    ]);
  });

  it('holds the same events as the session, and stops at the cursor', () => {
    let session = createSession(counterEngine, 1);
    session = dispatch(session, { type: 'Schedule', inMs: 5000 });
    session = advance(session, 40_000);
    session = dispatch(session, { type: 'Add', n: 3 });
    const events = (s: typeof session) =>
      historyAtCursor(s).flatMap((item) => (item.kind === 'event' ? [item.event] : []));
    expect(events(session)).toEqual(session.events);
    const earlier = seekTime(session, 1000);
    expect(historyAtCursor(earlier).map(describeItem)).toEqual(['$ Schedule']);
  });
});
