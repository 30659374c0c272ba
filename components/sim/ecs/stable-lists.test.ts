import { describe, expect, it } from 'vitest';
import { createListKeeper, sameItems } from './stable-lists';

describe('createListKeeper', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };

  it('returns last build’s array when the items are the same objects', () => {
    const keeper = createListKeeper<{ id: string }>();
    const first = keeper.keep('host', [a, b]);
    keeper.commit();
    expect(keeper.keep('host', [a, b])).toBe(first);
  });

  it('returns the new array when an item was replaced', () => {
    const keeper = createListKeeper<{ id: string }>();
    keeper.keep('host', [a, b]);
    keeper.commit();
    const changed = [a, { id: 'b' }];
    expect(keeper.keep('host', changed)).toBe(changed);
  });

  it('forgets lists that were not built last time', () => {
    const keeper = createListKeeper<{ id: string }>();
    const first = keeper.keep('host', [a]);
    keeper.commit();
    keeper.commit();
    expect(keeper.keep('host', [a])).not.toBe(first);
  });
});

describe('sameItems', () => {
  it('compares items by identity, in order', () => {
    const a = {};
    const b = {};
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a], [a, b])).toBe(false);
  });
});
