import { describe, expect, it } from 'vitest';
import { seedRng } from '../../core/rng';
import type { Task } from '../types';
import { chooseTasksToStop } from './scale-in';
import { fleet } from './testing/fleet';
import { task } from './testing/state';

const rng = seedRng(3);

/** Six instances, two per AZ (ci-0/ci-3 in 1a, ci-1/ci-4 in 1b, ci-2/ci-5 in 1c). */
const candidates = fleet().add(6).build();
const azOf = (instanceId: string) =>
  candidates.find((c) => c.instance.id === instanceId)?.instance.attributes['ecs.availability-zone'] ?? '';
const on = (instanceId: string, id: string, extra: Partial<Task> = {}) =>
  task({ id, containerInstanceId: instanceId, az: azOf(instanceId), ...extra });

describe('chooseTasksToStop', () => {
  it('by default stops in the AZ, then on the instance, with the most tasks of the service (§4.2)', () => {
    const tasks = [on('ci-0', 'a1'), on('ci-0', 'a2'), on('ci-3', 'a3'), on('ci-1', 'b1'), on('ci-2', 'c1')];
    const first = chooseTasksToStop(tasks, candidates, [], 1, rng);
    expect(['a1', 'a2']).toContain(first.stop[0]);
    const three = chooseTasksToStop(tasks, candidates, [], 3, rng);
    const left = tasks.filter((t) => !three.stop.includes(t.id));
    // Two tasks left, in two different AZs.
    expect(new Set(left.map((t) => t.az)).size).toBe(2);
  });

  it('keeps AZs balanced with spread on the AZ attribute, choosing at random inside the AZ (§4.2)', () => {
    const tasks = [on('ci-0', 'a1'), on('ci-3', 'a2'), on('ci-1', 'b1'), on('ci-2', 'c1')];
    const spread = [{ type: 'spread' as const, field: 'attribute:ecs.availability-zone' }];
    const picks = new Set(
      [1, 2, 3, 4, 5, 6, 7, 8].map(
        (seed) => chooseTasksToStop(tasks, candidates, spread, 1, seedRng(seed)).stop[0],
      ),
    );
    expect(picks).toEqual(new Set(['a1', 'a2']));
  });

  it('with binpack stops the task whose instance will have the most left afterwards (§4.2)', () => {
    const busy = fleet().add(1, { reservedMemory: 6000 }).add(1, { reservedMemory: 1000 }).build();
    const tasks = [
      task({ id: 'busy', containerInstanceId: 'ci-0' }),
      task({ id: 'roomy', containerInstanceId: 'ci-1' }),
    ];
    const result = chooseTasksToStop(tasks, busy, [{ type: 'binpack', field: 'memory' }], 1, rng);
    expect(result.stop).toEqual(['roomy']);
  });

  it('counts what each stop frees, so binpack keeps emptying the same instance', () => {
    const two = fleet()
      .add(1, { memory: 2048, reservedMemory: 1048 })
      .add(1, { memory: 2048, reservedMemory: 598 })
      .build();
    const sized = (id: string, instance: string, memory: number) =>
      task({ id, containerInstanceId: instance, reserved: { cpu: 0, memory, ports: [], enis: 0 } });
    const tasks = [sized('a1', 'ci-0', 600), sized('a2', 'ci-0', 100), sized('b1', 'ci-1', 100)];
    // a1 leaves 1,600 (b1 would leave 1,550); then a2 leaves 1,000 + 600 + 100 = 1,700, beating b1.
    const result = chooseTasksToStop(tasks, two, [{ type: 'binpack', field: 'memory' }], 2, rng);
    expect(result.stop).toEqual(['a1', 'a2']);
  });

  it('with spread instanceId stops on the instance with the most of the service’s tasks', () => {
    const tasks = [on('ci-0', 'a1'), on('ci-1', 'b1'), on('ci-1', 'b2'), on('ci-1', 'b3')];
    expect(
      chooseTasksToStop(tasks, candidates, [{ type: 'spread', field: 'host' }], 2, rng).stop.every((id) =>
        id.startsWith('b'),
      ),
    ).toBe(true);
  });

  it('is random with the random strategy, and deterministic for a seed', () => {
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((id) => on('ci-0', id));
    const random = [{ type: 'random' as const }];
    const once = chooseTasksToStop(tasks, candidates, random, 2, seedRng(11));
    expect(chooseTasksToStop(tasks, candidates, random, 2, seedRng(11))).toEqual(once);
    const seen = new Set(
      [1, 2, 3, 4, 5, 6].map(
        (seed) => chooseTasksToStop(tasks, candidates, random, 1, seedRng(seed)).stop[0],
      ),
    );
    expect(seen.size).toBeGreaterThan(1);
  });

  it('stops no more tasks than there are, and uses a task’s own AZ when its instance is unknown', () => {
    const tasks = [
      task({ id: 'gone', containerInstanceId: 'ci-99', az: 'us-east-1c' }),
      on('ci-0', 'a1'),
      on('ci-3', 'a2'),
    ];
    const result = chooseTasksToStop(tasks, candidates, [], 5, rng);
    expect(result.stop).toHaveLength(3);
    expect(['a1', 'a2']).toContain(result.stop[0]);
  });
});
