/**
 * The `placement-playground` scenario (lib/sim/ecs/presets/placement.ts) at its start, and where
 * the engine puts the next three `web:1` tasks (256 CPU units, 512 MiB) with each strategy, as
 * `aws ecs run-task --count 3 --placement-strategy …` from that start. placement-compare.test.ts
 * replays both commands on the engine and fails if these numbers drift from what it does.
 */

export interface PlaygroundInstance {
  readonly type: string;
  readonly az: string;
  readonly registeredMemory: number;
  readonly cpuLeft: number;
  readonly memoryLeft: number;
  /** Tasks already running on it, all of the `cache` family (2,048 MiB each). */
  readonly cacheTasks: number;
}

export interface StrategyOutcome {
  readonly id: 'binpack' | 'spread';
  readonly title: string;
  readonly command: string;
  /** Index into PLAYGROUND_INSTANCES for task 1, 2 and 3, in the order the engine placed them. */
  readonly placements: readonly number[];
}

export const WEB_TASK_MEMORY = 512;

export const PLAYGROUND_INSTANCES: readonly PlaygroundInstance[] = [
  {
    type: 't3.medium',
    az: 'us-east-1a',
    registeredMemory: 3992,
    cpuLeft: 2048,
    memoryLeft: 3992,
    cacheTasks: 0,
  },
  {
    type: 't3.large',
    az: 'us-east-1a',
    registeredMemory: 7985,
    cpuLeft: 2048,
    memoryLeft: 7985,
    cacheTasks: 0,
  },
  {
    type: 'm5.large',
    az: 'us-east-1b',
    registeredMemory: 7985,
    cpuLeft: 1280,
    memoryLeft: 1841,
    cacheTasks: 3,
  },
  {
    type: 'm5.xlarge',
    az: 'us-east-1c',
    registeredMemory: 15970,
    cpuLeft: 3840,
    memoryLeft: 13922,
    cacheTasks: 1,
  },
];

export const STRATEGY_OUTCOMES: readonly StrategyOutcome[] = [
  {
    id: 'binpack',
    title: 'binpack on memory',
    command:
      'aws ecs run-task --task-definition web --count 3 --placement-strategy type=binpack,field=memory',
    placements: [2, 2, 2],
  },
  {
    id: 'spread',
    title: 'spread across Availability Zones',
    command:
      'aws ecs run-task --task-definition web --count 3 --placement-strategy type=spread,field=attribute:ecs.availability-zone',
    placements: [2, 1, 3],
  },
];

/** Task numbers (1-based) that a strategy put on instance `index`. */
export function tasksOn(outcome: StrategyOutcome, index: number): number[] {
  return outcome.placements.flatMap((placed, task) => (placed === index ? [task + 1] : []));
}

/** 1841 → "1,841", fixed grouping so the server and any reader's locale agree. */
export function mib(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
