import { pickInRange } from '../core/rng';
import type { CommandError, SimEvent, Step } from '../core/types';
import type { EcsState, Task } from './types';

/**
 * A working copy of the state for the length of one command or one instant of a tick. Its arrays
 * are fresh copies that modules may write into (replacing elements, never mutating them), so a
 * step costs one copy per array instead of one per change: placing 10,000 tasks stays linear.
 * The state passed in is never touched: `openWorld` then `closeWorld` is still a pure function.
 */
type Writable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };

export type World = Writable<EcsState> & {
  /** Events emitted during this step, in order. */
  readonly events: SimEvent[];
};

export function openWorld(state: EcsState, events: SimEvent[] = []): World {
  return {
    ...state,
    subnets: [...state.subnets],
    roles: [...state.roles],
    instances: [...state.instances],
    clusters: [...state.clusters],
    containerInstances: [...state.containerInstances],
    taskDefinitions: [...state.taskDefinitions],
    tasks: [...state.tasks],
    services: [...state.services],
    loadBalancers: [...state.loadBalancers],
    targetGroups: [...state.targetGroups],
    logGroups: [...state.logGroups],
    logs: [...state.logs],
    scalableTargets: [...state.scalableTargets],
    launchTemplates: [...state.launchTemplates],
    autoScalingGroups: [...state.autoScalingGroups],
    capacityProviders: [...state.capacityProviders],
    events,
  };
}

export function closeWorld(world: World): EcsState {
  const { events: _events, ...state } = world;
  return state;
}

export function emit(world: World, kind: string, level: SimEvent['level'], message: string): void {
  world.events.push({ at: world.now, kind, level, message });
}

/** Replaces the element that matches (by reference or predicate) with `next`. */
export function replaceWhere<T>(list: T[], match: (item: T) => boolean, next: T): void {
  const index = list.findIndex(match);
  if (index >= 0) list[index] = next;
}

/** Runs `body` on a working copy of `state`; the result is the new state and the events. */
export function withWorld(state: EcsState, body: (world: World) => void): Step<EcsState> {
  const world = openWorld(state);
  body(world);
  return { state: closeWorld(world), events: world.events };
}

/** The next number of the state's serial counter (event ids, addresses). */
export function nextSerial(world: World): number {
  world.serial += 1;
  return world.serial;
}

/** Simulated durations are drawn on a 100 ms grid. */
export const DURATION_GRID_MS = 100;

/**
 * A duration (ms) drawn from `range` with the state's PRNG, on a 100 ms grid: tasks started
 * together then change state at shared instants instead of one instant each, which keeps a
 * thousand-task service cheap to simulate, and a tenth of a second is finer than any figure here.
 */
export function draw(world: World, range: { readonly min: number; readonly max: number }): number {
  const [value, next] = pickInRange(world.rng, range);
  world.rng = next;
  return Math.max(range.min, Math.round(value / DURATION_GRID_MS) * DURATION_GRID_MS);
}

/** A refused call: the state is left as it was, with AWS's error and an event for the log. */
export function refused(world: World, code: string, message: string): CommandError {
  emit(world, 'api-error', 'error', `${code}: ${message}`);
  return { code, message };
}

/**
 * Position of each task by id, kept beside the working copy (never in the state) so updating one
 * task of ten thousand does not scan them all. Rebuilt when `world.tasks` is replaced, extended
 * when tasks are appended (elements are only ever replaced in place or appended).
 */
const taskIndexes = new WeakMap<readonly unknown[], { length: number; byId: Map<string, number> }>();

function taskIndex(world: World): Map<string, number> {
  let entry = taskIndexes.get(world.tasks);
  if (entry === undefined) {
    entry = { length: 0, byId: new Map() };
    taskIndexes.set(world.tasks, entry);
  }
  for (let index = entry.length; index < world.tasks.length; index += 1) {
    const task = world.tasks[index];
    if (task !== undefined) entry.byId.set(task.id, index);
  }
  entry.length = world.tasks.length;
  return entry.byId;
}

export function findTaskById(world: World, id: string): Task | undefined {
  const index = taskIndex(world).get(id);
  const task = index === undefined ? undefined : world.tasks[index];
  return task?.id === id ? task : world.tasks.find((t) => t.id === id);
}

/** Replaces the task with the same id and returns it. */
export function setTask(world: World, next: Task): Task {
  const index = taskIndex(world).get(next.id);
  if (index !== undefined && world.tasks[index]?.id === next.id) world.tasks[index] = next;
  else {
    const found = world.tasks.findIndex((t) => t.id === next.id);
    if (found >= 0) world.tasks[found] = next;
  }
  return next;
}
