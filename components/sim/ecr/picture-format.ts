import { PRICES_AS_OF, REGISTRY_HOST, STORAGE_USD_PER_GB_MONTH } from '@/lib/sim/ecr/figures';
import { shortId } from '@/lib/sim/ecr/hash';

/** Small formatters for the ECR picture: the words and figures it prints next to what it draws. */

export { humanSize, UNPACKED_RATIO } from '@/lib/cli/ecr/docker-output';
export { shortId };

/** ECR bills storage per GB-month, a GB being 2^30 bytes of stored layers (figures.ts). */
const GIB = 2 ** 30;

/** What a repository's stored layers cost a month, in US dollars. */
export function monthlyStorageUsd(bytes: number): number {
  return (bytes / GIB) * STORAGE_USD_PER_GB_MONTH;
}

/** `$0.0019`: small amounts keep two significant digits, so a few MB does not read as `$0.00`. */
export function formatUsd(usd: number): string {
  if (usd === 0) return '$0.00';
  if (usd >= 0.01) return `$${usd.toFixed(2)}`;
  return `$${Number(usd.toPrecision(2)).toFixed(Math.max(2, 1 - Math.floor(Math.log10(usd))))}`;
}

/** The storage price and the date it was taken, for the line under a repository's cost. */
export const STORAGE_PRICE_NOTE = `$${STORAGE_USD_PER_GB_MONTH.toFixed(2)} per GB-month, prices as of ${PRICES_AS_OF}`;

/** "just now", "40 seconds ago", "3 hours ago", "2 days ago": how long before `now` something happened. */
export function formatAge(now: number, at: number): string {
  const seconds = Math.max(0, Math.floor((now - at) / 1000));
  const unit = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'} ago`;
  if (seconds < 1) return 'just now';
  if (seconds < 60) return unit(seconds, 'second');
  if (seconds < 3600) return unit(Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return unit(Math.floor(seconds / 3600), 'hour');
  return unit(Math.floor(seconds / 86_400), 'day');
}

/** "in 4 hours", "in 30 seconds": how long until something ECR has scheduled. */
export function formatIn(now: number, at: number): string {
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  const unit = (count: number, word: string) => `in ${count} ${word}${count === 1 ? '' : 's'}`;
  if (seconds < 60) return unit(seconds, 'second');
  if (seconds < 3600) return unit(Math.round(seconds / 60), 'minute');
  return unit(Math.round(seconds / 3600), 'hour');
}

/**
 * A layer bar's length as a share of the widest, on a log scale from 100 B to 100 MB: a 600-byte
 * script and a 16 MB package layer both stay visible, and the bigger one is clearly longer.
 */
export function layerBarShare(bytes: number): number {
  const share = Math.log10(Math.max(bytes, 100) / 100) / 6;
  return Math.min(1, Math.max(0.06, share));
}

/** `123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0` → `web:1.0` with the registry marked. */
export function splitRegistry(name: string): { readonly registry: string | null; readonly rest: string } {
  const prefix = `${REGISTRY_HOST}/`;
  return name.startsWith(prefix)
    ? { registry: REGISTRY_HOST, rest: name.slice(prefix.length) }
    : { registry: null, rest: name };
}
