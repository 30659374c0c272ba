import { describe, expect, it } from 'vitest';
import {
  clearQuarantined,
  quarantine,
  QUARANTINE_KEY_PREFIX,
  QUARANTINE_SLOTS,
  readQuarantined,
} from './quarantine';
import { fakeStorage, quotaError } from './testing/fake-storage';

const slot = (n: number) => `${QUARANTINE_KEY_PREFIX}${n}`;

describe('quarantine', () => {
  it('sets the damaged text aside verbatim, so the slot can be downloaded as is', () => {
    const storage = fakeStorage();
    expect(quarantine(storage, '{"version":2,')).toEqual({ ok: true, key: slot(1) });
    expect(storage.peek(slot(1))).toBe('{"version":2,');
  });

  it('fills free slots first', () => {
    const storage = fakeStorage();
    expect(['a', 'b', 'c'].map((raw) => quarantine(storage, raw))).toEqual([
      { ok: true, key: slot(1) },
      { ok: true, key: slot(2) },
      { ok: true, key: slot(3) },
    ]);
  });

  it(`keeps at most ${QUARANTINE_SLOTS} copies, replacing the oldest`, () => {
    const storage = fakeStorage();
    for (const raw of ['a', 'b', 'c', 'd', 'e']) quarantine(storage, raw);
    expect(readQuarantined(storage)).toEqual(['c', 'd', 'e']);
    expect(storage.keys().filter((key) => /:\d+$/.test(key))).toHaveLength(QUARANTINE_SLOTS);
  });

  it('reuses a slot freed by clearing before replacing anything', () => {
    const storage = fakeStorage();
    for (const raw of ['a', 'b', 'c']) quarantine(storage, raw);
    storage.removeItem(slot(2));
    expect(quarantine(storage, 'd')).toEqual({ ok: true, key: slot(2) });
    expect(readQuarantined(storage)).toEqual(['a', 'c', 'd']);
  });

  it('treats slots missing from a lost or damaged order as the oldest', () => {
    const storage = fakeStorage().holding(slot(1), 'x').holding(slot(2), 'y').holding(slot(3), 'z');
    storage.holding(`${QUARANTINE_KEY_PREFIX}order`, '{not json');
    expect(quarantine(storage, 'new')).toEqual({ ok: true, key: slot(1) });
    expect(readQuarantined(storage)).toEqual(['y', 'z', 'new']);
  });

  it('reports a full quota instead of throwing', () => {
    expect(quarantine(fakeStorage().failingWrites(quotaError), 'raw')).toEqual({
      ok: false,
      failure: 'quota',
    });
  });

  it('keeps the copy even when the order cannot be written', () => {
    const storage = fakeStorage().failingWrites(quotaError, `${QUARANTINE_KEY_PREFIX}order`);
    expect(quarantine(storage, 'raw')).toEqual({ ok: true, key: slot(1) });
    expect(readQuarantined(storage)).toEqual(['raw']);
  });
});

describe('readQuarantined', () => {
  it('returns nothing when nothing was set aside', () => {
    expect(readQuarantined(fakeStorage())).toEqual([]);
  });

  it('returns nothing, without throwing, when storage cannot be read', () => {
    expect(readQuarantined(fakeStorage().holding(slot(1), 'x').failingReads())).toEqual([]);
  });
});

describe('clearQuarantined', () => {
  it('forgets every copy and the order', () => {
    const storage = fakeStorage();
    quarantine(storage, 'a');
    quarantine(storage, 'b');
    clearQuarantined(storage);
    expect(storage.keys()).toEqual([]);
  });

  it('does not throw when storage refuses', () => {
    expect(() => clearQuarantined(fakeStorage().failingRemoves())).not.toThrow();
  });
});
