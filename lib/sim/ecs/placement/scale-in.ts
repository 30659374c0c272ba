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

  // Field values and their tallies over the tasks not yet chosen are computed once and updated
  // after each pick, so choosing k of n tasks costs O(k × n) cheap comparisons, not map rebuilds.
  const alive = new Uint8Array(tasks.length).fill(1);
  const values = new Map<string, string[]>();
  const tallies = new Map<string, Map<string, number>>();
  const spreadOn = (field: string): { values: string[]; tally: Map<string, number> } => {
    let list = values.get(field);
    let tally = tallies.get(field);
    if (list === undefined || tally === undefined) {
      list = tasks.map((task) => valueOf(task, field));
      tally = new Map<string, number>();
      for (const value of list) tally.set(value, (tally.get(value) ?? 0) + 1);
      values.set(field, list);
      tallies.set(field, tally);
    }
    return { values: list, tally };
  };
  const stop: string[] = [];
  let state = rng;
  let left = tasks.length;
  while (stop.length < count && left > 0) {
    let tied: number[] = [];
    for (let index = 0; index < tasks.length; index += 1) if (alive[index] === 1) tied.push(index);
    for (const strategy of chain) {
      if (strategy.type === 'random' || tied.length <= 1) break;
      const field = strategy.field ?? '';
      let score: (index: number) => number;
      if (strategy.type === 'binpack') {
        const resource = field.toLowerCase() === 'cpu' ? 'cpu' : 'memory';
        score = (index) => leftAfter(tasks[index] as Task, resource);
      } else {
        const spread = spreadOn(field);
        score = (index) => spread.tally.get(spread.values[index] ?? '') ?? 0;
      }
      let best = -Infinity;
      for (const index of tied) best = Math.max(best, score(index));
      tied = tied.filter((index) => score(index) === best);
    }
    let victimIndex = tied[0] as number;
    if (tied.length > 1) {
      const [pick, next] = nextInt(state, 0, tied.length - 1);
      state = next;
      victimIndex = tied[pick] as number;
    }
    const victim = tasks[victimIndex] as Task;
    stop.push(victim.id);
    alive[victimIndex] = 0;
    left -= 1;
    for (const [field, tally] of tallies) {
      const value = values.get(field)?.[victimIndex] ?? '';
      tally.set(value, (tally.get(value) ?? 1) - 1);
    }
    const key = instanceKey(victim);
    const before = freed.get(key) ?? { cpu: 0, memory: 0 };
    freed.set(key, { cpu: before.cpu + victim.reserved.cpu, memory: before.memory + victim.reserved.memory });
  }
  return { stop, rng: state };
}
