import { seedRng } from '../../core/rng';
import type { ContainerInstance, PlacementStrategy } from '../types';
import { placeTasks } from './place-tasks';
import type { Candidate, PlacementRequest } from './placement-types';

/**
 * The placement benchmark: 10,000 tasks of five services placed on 1,000 instances across three
 * AZs (budget: ≤ 100 ms). Each service uses a different strategy mix (the default, spread by
 * instance with a static port, binpack, spread then binpack, random with a memberOf constraint);
 * every call sees what the earlier ones reserved. Runs the scenario `runs` times and returns the
 * median milliseconds spent in placeTasks (the first run pays for JIT warm-up) and how many tasks
 * one run placed, for `scripts/bench-engine.ts`. Uses `performance.now()` (a measurement, not
 * engine time) and never touches simulation state.
 */
export function benchPlacement(runs = 5): { ms: number; placed: number } {
  const results = Array.from({ length: Math.max(1, runs) }, () => placeOnce());
  const sorted = results.map((result) => result.ms).sort((a, b) => a - b);
  return { ms: sorted[Math.floor(sorted.length / 2)] ?? 0, placed: results[0]?.placed ?? 0 };
}

function placeOnce(): { ms: number; placed: number } {
  const azs = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
  let instances: ContainerInstance[] = Array.from({ length: 1000 }, (_, index) => ({
    id: index.toString(16).padStart(32, '0'),
    arn: `arn:aws:ecs:us-east-1:123456789012:container-instance/bench/${index}`,
    cluster: 'bench',
    ec2InstanceId: `i-0${index.toString(16).padStart(16, '0')}`,
    status: 'ACTIVE',
    agentConnected: true,
    registeredAt: 0,
    registered: { cpu: 4096, memory: 15970, ports: [22, 2375, 2376, 51678, 51679], enis: 3 },
    reserved: { cpu: 0, memory: 0, ports: [], enis: 0 },
    attributes: {
      'ecs.availability-zone': azs[index % 3] ?? 'us-east-1a',
      'ecs.instance-type': index % 2 === 0 ? 'm5.xlarge' : 'c5.xlarge',
    },
    inactiveAt: null,
  }));
  const services: {
    name: string;
    count: number;
    strategies: PlacementStrategy[];
    expression?: string;
    ports?: number[];
  }[] = [
    { name: 'web', count: 2500, strategies: [] },
    { name: 'cache', count: 1000, strategies: [{ type: 'spread', field: 'instanceId' }], ports: [6379] },
    { name: 'api', count: 2500, strategies: [{ type: 'binpack', field: 'memory' }] },
    {
      name: 'worker',
      count: 2500,
      strategies: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'cpu' },
      ],
    },
    {
      name: 'batch',
      count: 1500,
      strategies: [{ type: 'random' }],
      expression: 'attribute:ecs.instance-type =~ m5.*',
    },
  ];
  let rng = seedRng(42);
  let ms = 0;
  let placed = 0;
  for (const service of services) {
    const candidates: Candidate[] = instances.map((instance) => ({
      instance,
      groupTasks: 0,
      serviceTasks: 0,
      runningTasksCount: 0,
      taskGroups: [],
      agentVersion: '1.89.2',
    }));
    const request: PlacementRequest = {
      count: service.count,
      needs: { cpu: 256, memory: 512, ports: service.ports ?? [], eni: false },
      constraints:
        service.expression === undefined ? [] : [{ type: 'memberOf', expression: service.expression }],
      strategies: service.strategies,
      group: `service:${service.name}`,
      kind: 'service',
    };
    const start = performance.now();
    const result = placeTasks(candidates, request, rng);
    ms += performance.now() - start;
    rng = result.rng;
    placed += result.placed.length;
    const perInstance = new Map<string, number>();
    for (const id of result.placed) perInstance.set(id, (perInstance.get(id) ?? 0) + 1);
    instances = instances.map((instance) => {
      const count = perInstance.get(instance.id) ?? 0;
      if (count === 0) return instance;
      const reserved = instance.reserved;
      return {
        ...instance,
        reserved: {
          cpu: reserved.cpu + count * request.needs.cpu,
          memory: reserved.memory + count * request.needs.memory,
          ports: [...reserved.ports, ...request.needs.ports],
          enis: reserved.enis,
        },
      };
    });
  }
  return { ms, placed };
}
