import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../../testing/fuzz-runs';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, webserverFargate } from '../testing/fixtures';
import { assignProviders } from './capacity';

/** A FARGATE / FARGATE_SPOT strategy: at most one base (§5.6), at least one weight above 0. */
const strategy = fc
  .record({
    base: fc.nat(6),
    baseOnSpot: fc.boolean(),
    fargateWeight: fc.nat(5),
    spotWeight: fc.nat(5),
    spotFirst: fc.boolean(),
  })
  .filter((s) => s.fargateWeight + s.spotWeight > 0)
  .map((s) => {
    const items = [
      { capacityProvider: 'FARGATE', base: s.baseOnSpot ? 0 : s.base, weight: s.fargateWeight },
      { capacityProvider: 'FARGATE_SPOT', base: s.baseOnSpot ? s.base : 0, weight: s.spotWeight },
    ];
    return s.spotFirst ? items.reverse() : items;
  });

describe('assignProviders (property, §5.6)', () => {
  it('over N tasks puts the base on its provider first, then splits the rest by weight to within one task', () => {
    fc.assert(
      fc.property(strategy, fc.integer({ min: 1, max: 60 }), (items, n) => {
        const picks = assignProviders(items, new Map(), n);
        expect(picks).toHaveLength(n);
        const based = items.find((item) => item.base > 0);
        const baseCount = Math.min(based?.base ?? 0, n);
        // The base comes first, all on its provider.
        expect(picks.slice(0, baseCount).every((p) => p === based?.capacityProvider)).toBe(true);
        const rest = n - baseCount;
        const total = items.reduce((sum, item) => sum + item.weight, 0);
        for (const item of items) {
          const count = picks.filter((p) => p === item.capacityProvider).length;
          const beyond = count - (item === based ? baseCount : 0);
          // Weight w of W: w/W of the rest, never off by a whole task (0 for weight 0).
          expect(Math.abs(beyond - (rest * item.weight) / total)).toBeLessThan(1);
        }
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('RunTask through a Fargate strategy (property, §5.6)', () => {
  it('records capacityProviderName on every task, in the base-then-weight split', () => {
    fc.assert(
      fc.property(strategy, fc.integer({ min: 1, max: 10 }), (items, n) => {
        const d = ecs()
          .cluster('default')
          .register(webserverFargate)
          .runTask('webserver', n, { networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: items });
        expect(d.lastError).toBeUndefined();
        const expected = assignProviders(items, new Map(), n);
        const actual = d.state.tasks.map((t) => t.capacityProvider);
        for (const provider of ['FARGATE', 'FARGATE_SPOT'])
          expect(actual.filter((p) => p === provider)).toHaveLength(
            expected.filter((p) => p === provider).length,
          );
      }),
      { numRuns: Math.min(50, fuzzRuns()) },
    );
  });
});
