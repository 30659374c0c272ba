/**
 * A seeded PRNG whose whole state is one unsigned 32-bit integer, so it lives inside simulation
 * state and round-trips through JSON (STYLE.md §3: never Math.random). The generator is
 * mulberry32 (Tommy Ettinger, public domain): tiny, fast and good enough for simulated jitter.
 * Every function is pure: it takes the PRNG state and returns the value with the next state.
 */

/** The PRNG state: an unsigned 32-bit integer. */
export type Rng = number;

/** An inclusive range, e.g. a boot duration in ms or a working set in MiB. */
export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Turns any seed (negative, fractional, huge) into a valid PRNG state. */
export function seedRng(seed: number): Rng {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) >>> 0;
}

/** The next unsigned 32-bit integer. */
export function nextUint32(rng: Rng): [number, Rng] {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, next];
}

/** A float in [0, 1). */
export function nextFloat(rng: Rng): [number, Rng] {
  const [value, next] = nextUint32(rng);
  return [value / 4294967296, next];
}

/** An integer in [min, max], both inclusive. */
export function nextInt(rng: Rng, min: number, max: number): [number, Rng] {
  const lo = Math.ceil(Math.min(min, max));
  const hi = Math.floor(Math.max(min, max));
  const [f, next] = nextFloat(rng);
  return [lo + Math.floor(f * (hi - lo + 1)), next];
}

/** An integer drawn uniformly from a range (durations in ms, sizes in MiB). */
export function pickInRange(rng: Rng, range: Range): [number, Rng] {
  return nextInt(rng, range.min, range.max);
}

/** One item of a non-empty list. */
export function pickOne<T>(rng: Rng, items: readonly [T, ...T[]]): [T, Rng] {
  const [index, next] = nextInt(rng, 0, items.length - 1);
  return [items[index] ?? items[0], next];
}

/** `length` lowercase hex digits. */
export function nextHex(rng: Rng, length: number): [string, Rng] {
  let out = '';
  let state = rng;
  while (out.length < length) {
    const [value, next] = nextUint32(state);
    state = next;
    out += value.toString(16).padStart(8, '0');
  }
  return [out.slice(0, length), state];
}
