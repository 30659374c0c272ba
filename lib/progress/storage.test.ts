import { describe, expect, it } from 'vitest';
import { createMemoryStorage, isQuotaError, readItem, removeItem, writeItem } from './storage';
import { fakeStorage, quotaError, securityError } from './testing/fake-storage';

describe('createMemoryStorage', () => {
  it('keeps, returns and forgets items like localStorage', () => {
    const storage = createMemoryStorage();
    expect(storage.getItem('a')).toBeNull();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
  });

  it('starts from the given items', () => {
    expect(createMemoryStorage({ a: 'x' }).getItem('a')).toBe('x');
  });

  it('gives each storage its own items', () => {
    const first = createMemoryStorage();
    first.setItem('a', '1');
    expect(createMemoryStorage().getItem('a')).toBeNull();
  });
});

describe('isQuotaError', () => {
  it('recognises the Chrome and Safari QuotaExceededError', () => {
    expect(isQuotaError(quotaError())).toBe(true);
  });

  it('recognises the old Firefox NS_ERROR_DOM_QUOTA_REACHED and the legacy codes', () => {
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError({ code: 22 })).toBe(true);
    expect(isQuotaError({ code: 1014 })).toBe(true);
  });

  it('does not mistake other failures for a full quota', () => {
    expect(isQuotaError(securityError())).toBe(false);
    expect(isQuotaError(new Error('boom'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});

describe('readItem', () => {
  it('returns the stored value, or null when there is none', () => {
    const storage = fakeStorage().holding('k', 'v');
    expect(readItem(storage, 'k')).toEqual({ ok: true, value: 'v' });
    expect(readItem(storage, 'other')).toEqual({ ok: true, value: null });
  });

  it('reports a storage that throws on read instead of throwing', () => {
    expect(readItem(fakeStorage().failingReads(), 'k')).toEqual({ ok: false });
  });

  it('treats a non-string value from a misbehaving storage as absent', () => {
    const storage = { getItem: () => 42 as unknown as string, setItem() {}, removeItem() {} };
    expect(readItem(storage, 'k')).toEqual({ ok: true, value: null });
  });
});

describe('writeItem', () => {
  it('stores the value', () => {
    const storage = fakeStorage();
    expect(writeItem(storage, 'k', 'v')).toEqual({ ok: true });
    expect(storage.peek('k')).toBe('v');
  });

  it('reports a full quota as quota', () => {
    expect(writeItem(fakeStorage().withQuota(3), 'k', 'value')).toEqual({ ok: false, failure: 'quota' });
  });

  it('reports any other refusal as unavailable', () => {
    expect(writeItem(fakeStorage().failingWrites(securityError), 'k', 'v')).toEqual({
      ok: false,
      failure: 'unavailable',
    });
    expect(
      writeItem(
        fakeStorage().failingWrites(() => 'a string'),
        'k',
        'v',
      ),
    ).toEqual({ ok: false, failure: 'unavailable' });
  });
});

describe('removeItem', () => {
  it('removes the key and says so', () => {
    const storage = fakeStorage().holding('k', 'v');
    expect(removeItem(storage, 'k')).toBe(true);
    expect(storage.peek('k')).toBeNull();
  });

  it('returns false instead of throwing when the storage refuses', () => {
    const storage = fakeStorage().holding('k', 'v').failingRemoves();
    expect(removeItem(storage, 'k')).toBe(false);
    expect(storage.peek('k')).toBe('v');
  });
});
