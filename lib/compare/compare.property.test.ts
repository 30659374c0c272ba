import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../testing/fuzz-runs';
import { optionDay } from './compare';
import { OPTION_MODELS } from './options';
import { SIZES } from './sizes';
import { SIZE_IDS } from './types';

/**
 * For every option, over any load: more requests never cost less, the bill only grows through the
 * day, and replicas stay within the option's own minimum and maximum. Loads are a few hours long
 * to keep the cases fast; the rules do not depend on the length of the day.
 */
// A tenth of FUZZ_RUNS under a soak: each case simulates hours of six options minute by minute.
const runs = { numRuns: Math.max(150, Math.floor(fuzzRuns() / 10)) };

const minuteLoad = fc.double({ min: 0, max: 40_000, noNaN: true, noDefaultInfinity: true });
const loads = fc.array(fc.tuple(minuteLoad, minuteLoad), { minLength: 1, maxLength: 240 });
const size = fc.constantFrom(...SIZE_IDS).map((id) => SIZES[id]);

describe.each(OPTION_MODELS.map((model) => [model.name, model] as const))('%s', (_name, model) => {
  it('never costs less with more requests', () => {
    fc.assert(
      fc.property(loads, size, (pairs, replicaSize) => {
        const lower = pairs.map(([a, b]) => Math.min(a, b));
        const higher = pairs.map(([a, b]) => Math.max(a, b));
        const cheap = optionDay(model, lower, replicaSize);
        const dear = optionDay(model, higher, replicaSize);
        expect(dear.dayTotal).toBeGreaterThanOrEqual(cheap.dayTotal);
        dear.costPerMinute.forEach((usd, minute) =>
          expect(usd).toBeGreaterThanOrEqual(cheap.costPerMinute[minute] ?? 0),
        );
      }),
      runs,
    );
  });

  it('has a cumulative cost that never goes down', () => {
    fc.assert(
      fc.property(loads, size, (pairs, replicaSize) => {
        const { cumulative } = optionDay(
          model,
          pairs.map(([a]) => a),
          replicaSize,
        );
        cumulative.forEach((usd, minute) => expect(usd).toBeGreaterThanOrEqual(cumulative[minute - 1] ?? 0));
      }),
      runs,
    );
  });

  it('keeps replicas within its minimum and maximum, ready ones among them, and answers no more than asked', () => {
    fc.assert(
      fc.property(loads, size, (pairs, replicaSize) => {
        const load = pairs.map(([a]) => a);
        const { min, max } = model.limits(replicaSize);
        const result = optionDay(model, load, replicaSize);
        result.replicas.forEach((count, minute) => {
          expect(count).toBeGreaterThanOrEqual(min);
          expect(count).toBeLessThanOrEqual(max);
          expect(result.ready[minute]).toBeLessThanOrEqual(count);
          expect(result.servedRps[minute]).toBeLessThanOrEqual((load[minute] ?? 0) + 1e-9);
        });
      }),
      runs,
    );
  });
});
