/**
 * The only door between the progress store and the browser. The UI passes `window.localStorage`, or
 * `createMemoryStorage()` when that throws; every helper here turns a throwing storage into a result,
 * because Safari private mode, a full quota or a blocked site must never break a lesson page.
 */

/** The subset of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why a write did not happen: the quota is full, or the browser refuses storage altogether. */
export type StorageFailure = 'quota' | 'unavailable';

export type ReadOutcome = { readonly ok: true; readonly value: string | null } | { readonly ok: false };
export type WriteOutcome = { readonly ok: true } | { readonly ok: false; readonly failure: StorageFailure };

/** A storage that lives as long as the page: the fallback when the browser's storage cannot be used. */
export function createMemoryStorage(initial: Readonly<Record<string, string>> = {}): KeyValueStorage {
  const items = new Map<string, string>(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * Browsers disagree on how a full quota is reported: `QuotaExceededError` (code 22) in Chrome and
 * Safari, `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox.
 */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

export function readItem(storage: KeyValueStorage, key: string): ReadOutcome {
  try {
    const value: unknown = storage.getItem(key);
    return { ok: true, value: typeof value === 'string' ? value : null };
  } catch {
    return { ok: false };
  }
}

export function writeItem(storage: KeyValueStorage, key: string, value: string): WriteOutcome {
  try {
    storage.setItem(key, value);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Returns whether the key is now gone. */
export function removeItem(storage: KeyValueStorage, key: string): boolean {
  try {
    storage.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
