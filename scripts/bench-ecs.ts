import { performance } from 'node:perf_hooks';
import { benchPlacement } from '../lib/sim/ecs/placement/bench-placement';
import { ecsEngine } from '../lib/sim/ecs/engine';
import type { EcsCommand } from '../lib/sim/ecs/commands';
import type { EcsState } from '../lib/sim/ecs/types';
import { ECS_AMI } from '../lib/sim/ecs/testing/ecs-driver';

/**
 * The ECS benchmarks of issue 3: placement alone (10,000 tasks of five services on 1,000
 * instances, budget ≤ 100 ms), the same through the engine (ten services of 1,000 tasks created
 * on 1,000 registered instances), and one 1-second tick of that cluster once it is steady
 * (budget ≤ 4 ms). Medians of several runs; the first run warms the JIT.
 */
export interface EcsBench {
  readonly placementMs: number;
  readonly placementTasks: number;
  readonly engineCreateServicesMs: number;
  readonly engineTasks: number;
  readonly steadyTickMs: number;
  readonly budgets: { readonly placementMs: number; readonly tickMs: number };
}

function apply(state: EcsState, command: EcsCommand): EcsState {
  const step = ecsEngine.apply(state, command);
  if (step.error !== undefined) throw new Error(`${command.type}: ${step.error.message}`);
  return step.state;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** 1,000 m5.xlarge container instances registered in `default`, over the three AZs. */
function bigCluster(): EcsState {
  let state = apply(ecsEngine.init(7), { type: 'CreateCluster', clusterName: 'default' });
  for (let batch = 0; batch < 10; batch += 1)
    state = apply(state, {
      type: 'RunInstances',
      count: 100,
      instanceType: 'm5.xlarge',
      imageId: ECS_AMI,
      instanceProfile: 'ecsInstanceRole',
      userData: null,
      subnetId: state.subnets[batch % 3]?.id ?? null,
    });
  state = ecsEngine.tick(state, 120_000).state;
  return apply(state, {
    type: 'RegisterTaskDefinition',
    input: { family: 'app', containerDefinitions: [{ name: 'app', image: 'nginx', cpu: 128, memory: 256, portMappings: [{ containerPort: 80, hostPort: 0 }] }] },
  });
}

const STRATEGIES = [[], [{ type: 'binpack', field: 'memory' }], [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'binpack', field: 'cpu' }], [{ type: 'spread', field: 'instanceId' }], [{ type: 'random' }]];

export function benchEcs(runs = 3): EcsBench {
  const placement = benchPlacement(5);
  const createRuns: number[] = [];
  const tickRuns: number[] = [];
  let tasks = 0;
  for (let run = 0; run < runs; run += 1) {
    let state = bigCluster();
    const start = performance.now();
    for (let index = 0; index < 10; index += 1)
      state = apply(state, {
        type: 'CreateService',
        serviceName: `svc-${index}`,
        taskDefinition: 'app',
        desiredCount: 1000,
        placementStrategy: STRATEGIES[index % STRATEGIES.length] ?? [],
      });
    createRuns.push(performance.now() - start);
    tasks = state.tasks.length;
    state = ecsEngine.tick(state, 5 * 60_000).state;
    const ticks: number[] = [];
    for (let second = 0; second < 20; second += 1) {
      const tickStart = performance.now();
      state = ecsEngine.tick(state, 1000).state;
      ticks.push(performance.now() - tickStart);
    }
    tickRuns.push(median(ticks));
  }
  const round = (ms: number): number => Math.round(ms * 10) / 10;
  return {
    placementMs: round(placement.ms),
    placementTasks: placement.placed,
    engineCreateServicesMs: round(median(createRuns)),
    engineTasks: tasks,
    steadyTickMs: round(median(tickRuns)),
    budgets: { placementMs: 100, tickMs: 4 },
  };
}

if (process.argv[1]?.endsWith('bench-ecs.ts')) console.log(JSON.stringify(benchEcs(), null, 2));
