import { describe, expect, it } from 'vitest';
import { leastLoaded, openFeasible, removeFeasible } from './feasible-set';
import { PASSED } from './placement-types';
import { bucketsFor } from './rank';
import { fleet } from './testing/fleet';

/** Six instances over three AZs; the group already has 2 tasks in 1a and 1 in 1b. */
const candidates = fleet().add(6).edit(0, { groupTasks: 2 }).edit(1, { groupTasks: 1 }).build();
const spreadTasks = Int32Array.from(candidates, (c) => c.groupTasks);
const azKey = () =>
  ({
    kind: 'spread-attribute',
    field: 'attribute:ecs.availability-zone',
    attribute: 'ecs.availability-zone',
    ...bucketsFor({ candidates, spreadTasks }, 'ecs.availability-zone'),
  }) as const;
const all = () => new Int8Array(candidates.length).fill(PASSED);
const members = (found: { list: Int32Array; length: number } | null) =>
  [...(found?.list.subarray(0, found.length) ?? [])].sort();

describe('leastLoaded', () => {
  it('returns the instances of the value with the fewest of the group’s tasks', () => {
    expect(members(leastLoaded(openFeasible(all(), azKey())))).toEqual([2, 5]);
  });

  it('joins every value tied for fewest, and skips values with no instance left', () => {
    const key = azKey();
    const set = openFeasible(all(), key);
    removeFeasible(set, 2);
    removeFeasible(set, 5);
    expect(members(leastLoaded(set))).toEqual([1, 4]);
    key.counts[0] = 1;
    expect(members(leastLoaded(set))).toEqual([0, 1, 3, 4]);
  });

  it('is null when the first strategy does not spread over an attribute', () => {
    expect(leastLoaded(openFeasible(all(), { kind: 'binpack', resource: 'cpu' }))).toBeNull();
  });
});

describe('openFeasible', () => {
  it('lists only instances that passed every check, and removal keeps the list dense', () => {
    const stages = all();
    stages[3] = 0;
    const set = openFeasible(stages, undefined);
    expect([...set.list.subarray(0, set.size)]).toEqual([0, 1, 2, 4, 5]);
    removeFeasible(set, 0);
    removeFeasible(set, 0);
    expect([...set.list.subarray(0, set.size)].sort()).toEqual([1, 2, 4, 5]);
  });
});
