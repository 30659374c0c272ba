import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { seedRng } from '../../core/rng';
import { explainPlacement } from './explain';
import { placeTasks } from './place-tasks';
import { evaluateQuery, queryTargetOf } from './query-eval';
import { parseQuery } from './query-parser';
import { fleetArb, requestArb } from './testing/arbitraries';
import { AZS, fleet, placementRequest, taskNeeds, type InstanceSpec } from './testing/fleet';

const runs = { numRuns: fuzzRuns() };
const build = (specs: readonly InstanceSpec[]) => specs.reduce((b, spec) => b.add(1, spec), fleet()).build();
const seedArb = fc.integer({ min: 0, max: 0xffffffff });

function countBy(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

describe('placeTasks (properties)', () => {
  it(
    'never reserves more CPU, memory, ENIs or ports than an instance registered (§1.3, §4.1)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fleetArb, requestArb, seedArb, async (specs, request, seed) => {
          await breathe();
          const candidates = build(specs);
          const result = placeTasks(candidates, request, seedRng(seed));
          expect(result.placed.length + result.failures.length).toBe(request.count);
          for (const [id, n] of countBy(result.placed)) {
            const instance = candidates.find((c) => c.instance.id === id)?.instance;
            if (instance === undefined) throw new Error(`unknown instance ${id}`);
            const { registered, reserved } = instance;
            expect(reserved.cpu + n * request.needs.cpu).toBeLessThanOrEqual(registered.cpu);
            expect(reserved.memory + n * request.needs.memory).toBeLessThanOrEqual(registered.memory);
            if (request.needs.eni) expect(reserved.enis + n).toBeLessThanOrEqual(registered.enis);
            const ports = [
              ...registered.ports,
              ...reserved.ports,
              ...Array.from({ length: n }, () => request.needs.ports).flat(),
            ];
            expect(new Set(ports).size).toBe(ports.length);
            expect(ports.length).toBeLessThanOrEqual(100);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'places nothing on DRAINING, INACTIVE or disconnected instances (§1.4)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fleetArb, requestArb, seedArb, async (specs, request, seed) => {
          await breathe();
          const candidates = build(specs);
          for (const id of placeTasks(candidates, request, seedRng(seed)).placed) {
            const instance = candidates.find((c) => c.instance.id === id)?.instance;
            expect(instance?.status).toBe('ACTIVE');
            expect(instance?.agentConnected).toBe(true);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'honours the constraints: distinctInstance never doubles up, memberOf always matches (§4.3)',
    async () => {
      await fc.assert(
        fc.asyncProperty(fleetArb, requestArb, seedArb, async (specs, request, seed) => {
          await breathe();
          const candidates = build(specs);
          const placed = placeTasks(candidates, request, seedRng(seed)).placed;
          const distinct = request.constraints.some((c) => c.type === 'distinctInstance');
          const groupsSoFar = new Map(candidates.map((c) => [c.instance.id, [...c.taskGroups]]));
          for (const [position, id] of placed.entries()) {
            const candidate = candidates.find((c) => c.instance.id === id);
            if (candidate === undefined) throw new Error(`unknown instance ${id}`);
            if (distinct) {
              expect(candidate.groupTasks).toBe(0);
              expect(placed.indexOf(id)).toBe(position);
            }
            for (const constraint of request.constraints) {
              if (constraint.type !== 'memberOf') continue;
              const parsed = parseQuery(constraint.expression ?? '');
              if (!parsed.ok) throw new Error(parsed.error.message);
              const target = queryTargetOf(candidate, groupsSoFar.get(id));
              expect(evaluateQuery(parsed.query, target), constraint.expression).toBe(true);
            }
            const groups = groupsSoFar.get(id) ?? [];
            if (!groups.includes(request.group)) groupsSoFar.set(id, [...groups, request.group]);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'keeps a service balanced over AZs within one task when capacity is uniform (§4.2 default)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 5 }),
          fc.integer({ min: 1, max: 60 }),
          fc.constantFrom<'default' | 'spread-az' | 'spread-az-binpack'>(
            'default',
            'spread-az',
            'spread-az-binpack',
          ),
          seedArb,
          async (perAz, count, mix, seed) => {
            await breathe();
            const candidates = fleet()
              .add(perAz * AZS.length, { cpu: 16_384, memory: 65_536 })
              .build();
            const az = { type: 'spread' as const, field: 'attribute:ecs.availability-zone' };
            const strategies =
              mix === 'default'
                ? []
                : mix === 'spread-az'
                  ? [az]
                  : [az, { type: 'binpack' as const, field: 'memory' }];
            const request = placementRequest({
              count,
              strategies,
              needs: taskNeeds({ cpu: 128, memory: 128 }),
            });
            const result = placeTasks(candidates, request, seedRng(seed));
            expect(result.placed).toHaveLength(count);
            const azOf = new Map(
              candidates.map((c) => [c.instance.id, c.instance.attributes['ecs.availability-zone']]),
            );
            const perZone = AZS.map((zone) => result.placed.filter((id) => azOf.get(id) === zone).length);
            expect(Math.max(...perZone) - Math.min(...perZone)).toBeLessThanOrEqual(1);
          },
        ),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'is deterministic: the same candidates, request and PRNG give the same result',
    async () => {
      await fc.assert(
        fc.asyncProperty(fleetArb, requestArb, seedArb, async (specs, request, seed) => {
          await breathe();
          const candidates = build(specs);
          expect(placeTasks(candidates, request, seedRng(seed))).toEqual(
            placeTasks(build(specs), request, seedRng(seed)),
          );
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );

  it(
    'agrees with explainPlacement: the next task goes to a best-ranked row, never a filtered one',
    async () => {
      await fc.assert(
        fc.asyncProperty(fleetArb, requestArb, seedArb, async (specs, request, seed) => {
          await breathe();
          const candidates = build(specs);
          const rows = explainPlacement(candidates, request, seedRng(seed));
          const next = placeTasks(candidates, { ...request, count: 1 }, seedRng(seed));
          const chosen = rows.filter((row) => row.verdict === 'chosen');
          expect(chosen.map((row) => row.containerInstanceId)).toEqual(next.placed);
          // explain ranks on its own; placeTasks' pick must be one of its best.
          for (const row of chosen) expect(row.rank).toBe(1);
          if (next.placed.length === 0) expect(rows.every((row) => row.verdict === 'filtered')).toBe(true);
          for (const row of rows) expect(row.why.length).toBeGreaterThan(0);
        }),
        runs,
      );
    },
    fuzzTimeout(),
  );
});
