import { nextInt, type Rng } from '../../core/rng';
import type { PlacementStrategy, Task } from '../types';
import type { Candidate } from './placement-types';
import { DEFAULT_SERVICE_STRATEGIES, NO_VALUE } from './rank';

/**
 * Scale-in (§4.2): which of a service's tasks to stop. Each strategy scores the tasks so that
 * higher means "stop first", keeps the best, and the next strategy refines what is tied:
 *
 * - `spread` on `attribute:NAME`: tasks whose instance's value holds the most of these tasks, so
 *   the values (AZs) stay balanced; `instanceId`/`host`: the instance with the most of them.
 * - `binpack` on `cpu`/`memory`: the task whose instance has the most left after it stops.
 * - `random` (and whatever is still tied at the end): one at random, with the PRNG.
 * - No strategies: the AZ, then the instance, with the most tasks of the service.
 *
 * Counts and remaining resources are updated after every stop. Tasks without a known instance
 * count under their own `az` for the AZ attribute and under themselves for the instance.
 */
export function chooseTasksToStop(
  tasks: readonly Task[],
  candidates: readonly Candidate[],
  strategies: readonly PlacementStrategy[],
  count: number,
  rng: Rng,
): { stop: string[]; rng: Rng } {
  const byId = new Map(candidates.map((candidate) => [candidate.instance.id, candidate.instance]));
  const chain = strategies.length > 0 ? strategies : DEFAULT_SERVICE_STRATEGIES;
  const freed = new Map<string, { cpu: number; memory: number }>();
  const instanceKey = (task: Task): string => task.containerInstanceId ?? `task:${task.id}`;

  const valueOf = (task: Task, field: string): string => {
    if (field === 'instanceId' || field === 'host') return instanceKey(task);
    const attribute = field.slice('attribute:'.length);
    const instance = task.containerInstanceId === null ? undefined : byId.get(task.containerInstanceId);
    const value = instance?.attributes[attribute];
    if (value !== undefined) return value;
    return attribute === 'ecs.availability-zone' && task.az !== '' ? task.az : NO_VALUE;
  };

  const leftAfter = (task: Task, resource: 'cpu' | 'memory'): number => {
    const instance = task.containerInstanceId === null ? undefined : byId.get(task.containerInstanceId);
    const extra = freed.get(instanceKey(task))?.[resource] ?? 0;
    const remaining =
      instance === undefined ? 0 : instance.registered[resource] - instance.reserved[resource] + extra;
    return remaining + task.reserved[resource];
  };

  let remaining = [...tasks];
  const stop: string[] = [];
  let state = rng;
  while (stop.length < count && remaining.length > 0) {
    let tied = remaining;
    for (const strategy of chain) {
      if (strategy.type === 'random' || tied.length <= 1) break;
      const field = strategy.field ?? '';
      let score: (task: Task) => number;
      if (strategy.type === 'binpack') {
        const resource = field.toLowerCase() === 'cpu' ? 'cpu' : 'memory';
        score = (task) => leftAfter(task, resource);
      } else {
        const tally = new Map<string, number>();
        for (const task of remaining)
          tally.set(valueOf(task, field), (tally.get(valueOf(task, field)) ?? 0) + 1);
        score = (task) => tally.get(valueOf(task, field)) ?? 0;
      }
      const best = tied.reduce((max, task) => Math.max(max, score(task)), -Infinity);
      tied = tied.filter((task) => score(task) === best);
    }
    let victim = tied[0] as Task;
    if (tied.length > 1) {
      const [pick, next] = nextInt(state, 0, tied.length - 1);
      state = next;
      victim = tied[pick] as Task;
    }
    stop.push(victim.id);
    remaining = remaining.filter((task) => task !== victim);
    const key = instanceKey(victim);
    const before = freed.get(key) ?? { cpu: 0, memory: 0 };
    freed.set(key, { cpu: before.cpu + victim.reserved.cpu, memory: before.memory + victim.reserved.memory });
  }
  return { stop, rng: state };
}
