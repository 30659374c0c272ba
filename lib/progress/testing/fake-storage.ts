import { PROGRESS_KEY } from '../load';
import type { KeyValueStorage } from '../storage';

export const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
export const securityError = (): Error => new DOMException('The operation is insecure.', 'SecurityError');

/**
 * A storage for tests that misbehaves on request, the way browsers do:
 * `fakeStorage().holdingProgress({ version: 1, done: ['a'] }).failingWrites(quotaError())`.
 */
export class FakeStorage implements KeyValueStorage {
  private readonly items = new Map<string, string>();
  private readFailure: (() => unknown) | null = null;
  private writeFailure: ((key: string) => unknown) | null = null;
  private removeFailure: (() => unknown) | null = null;
  private quota = Number.POSITIVE_INFINITY;

  holding(key: string, value: string): this {
    this.items.set(key, value);
    return this;
  }

  /** Stores a progress record: a string as is, anything else as JSON. */
  holdingProgress(value: unknown): this {
    return this.holding(PROGRESS_KEY, typeof value === 'string' ? value : JSON.stringify(value));
  }

  failingReads(error: () => unknown = securityError): this {
    this.readFailure = error;
    return this;
  }

  /** Every write throws, or only writes to keys starting with `prefix`. */
  failingWrites(error: () => unknown = securityError, prefix = ''): this {
    this.writeFailure = (key) => (key.startsWith(prefix) ? error() : null);
    return this;
  }

  failingRemoves(error: () => unknown = securityError): this {
    this.removeFailure = error;
    return this;
  }

  /** Writes that would take the total of keys and values past `chars` throw a quota error. */
  withQuota(chars: number): this {
    this.quota = chars;
    return this;
  }

  /** Reads without tripping `failingReads`, for assertions. */
  peek(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  keys(): string[] {
    return [...this.items.keys()].sort();
  }

  getItem(key: string): string | null {
    if (this.readFailure) throw this.readFailure();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const failure = this.writeFailure?.(key);
    if (failure) throw failure;
    const used = [...this.items].reduce((sum, [k, v]) => sum + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw quotaError();
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.removeFailure) throw this.removeFailure();
    this.items.delete(key);
  }
}

export function fakeStorage(): FakeStorage {
  return new FakeStorage();
}
