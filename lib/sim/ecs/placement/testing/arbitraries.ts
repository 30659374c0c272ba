import fc from 'fast-check';
import type { PlacementConstraint, PlacementStrategy } from '../../types';
import type { PlacementRequest } from '../placement-types';
import type { InstanceSpec } from './fleet';
import { AZS } from './fleet';

/** fast-check arbitraries for placement properties (test-only). */

export const instanceSpecArb: fc.Arbitrary<InstanceSpec> = fc
  .record({
    az: fc.constantFrom(...AZS),
    instanceType: fc.constantFrom('m5.large', 't3.small', 'c5.large', 'm6g.large'),
    cpu: fc.integer({ min: 0, max: 8 }).map((n) => n * 512),
    memory: fc.integer({ min: 0, max: 8192 }),
    enis: fc.integer({ min: 0, max: 3 }),
    status: fc.constantFrom('ACTIVE', 'ACTIVE', 'ACTIVE', 'DRAINING', 'INACTIVE' as const),
    agentConnected: fc.constantFrom(true, true, true, false),
    used: fc.double({ min: 0, max: 1, noNaN: true }),
    reservedPorts: fc.subarray([80, 443, 8080]),
    groupTasks: fc.integer({ min: 0, max: 3 }),
    runningTasksCount: fc.integer({ min: 0, max: 5 }),
  })
  .map(({ used, ...spec }) => ({
    ...spec,
    reservedCpu: Math.floor(spec.cpu * used),
    reservedMemory: Math.floor(spec.memory * used),
    reservedEnis: Math.floor(spec.enis * used),
    taskGroups: spec.groupTasks > 0 ? ['service:web'] : [],
  }));

export const fleetArb = fc.array(instanceSpecArb, { maxLength: 12 });

export const EXPRESSIONS = [
  'attribute:ecs.instance-type =~ m5.*',
  'attribute:ecs.availability-zone != us-east-1c',
  'attribute:ecs.cpu-architecture == x86_64 or runningTasksCount < 3',
  'not(task:group == service:web)',
  'task:group == service:web',
] as const;

const constraintArb: fc.Arbitrary<PlacementConstraint> = fc.oneof(
  fc.constant({ type: 'distinctInstance' as const }),
  fc.constantFrom(...EXPRESSIONS).map((expression) => ({ type: 'memberOf' as const, expression })),
);

const strategyArb: fc.Arbitrary<PlacementStrategy> = fc.constantFrom(
  { type: 'spread', field: 'attribute:ecs.availability-zone' },
  { type: 'spread', field: 'instanceId' },
  { type: 'spread', field: 'host' },
  { type: 'binpack', field: 'cpu' },
  { type: 'binpack', field: 'memory' },
  { type: 'random' },
);

export const requestArb: fc.Arbitrary<PlacementRequest> = fc.record({
  count: fc.integer({ min: 1, max: 30 }),
  needs: fc.record({
    cpu: fc.integer({ min: 0, max: 1024 }),
    memory: fc.integer({ min: 0, max: 2048 }),
    ports: fc.subarray([80, 443]),
    eni: fc.boolean(),
  }),
  constraints: fc.array(constraintArb, { maxLength: 2 }),
  strategies: fc.array(strategyArb, { maxLength: 3 }),
  group: fc.constant('service:web'),
  kind: fc.constantFrom('service' as const, 'standalone' as const),
});
