import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../testing/fuzz-runs';
import { schedulePod } from './scheduler';
import type { KubeNode, NodeAffinity, NodeSelectorRequirement, Pod, TopologySpreadConstraint } from './types';

/**
 * Whatever the cluster and the pod, the scheduler binds only where the pod's required node
 * affinity holds, and never where a DoNotSchedule spread constraint would be broken by the pod.
 * The oracles below are written apart from the plugins, from the Kubernetes docs' definitions.
 */

const KEYS = [
  'topology.kubernetes.io/zone',
  'kubernetes.io/hostname',
  'example.com/rack',
  'example.com/cores',
];

const nodeArb = (index: number): fc.Arbitrary<KubeNode> =>
  fc
    .record({
      zone: fc.constantFrom('us-east-1a', 'us-east-1b', 'us-east-1c'),
      rack: fc.option(fc.constantFrom('r1', 'r2'), { nil: undefined }),
      cores: fc.constantFrom('2', '4', '8'),
      unschedulable: fc.boolean(),
      pods: fc.integer({ min: 1, max: 12 }),
    })
    .map(({ zone, rack, cores, unschedulable, pods }) => ({
      name: `node-${index}`,
      instanceId: `i-${index}`,
      nodegroup: 'workers',
      instanceType: 'm5.large',
      zone,
      internalIp: `192.168.0.${index}`,
      labels: {
        'topology.kubernetes.io/zone': zone,
        'kubernetes.io/hostname': `node-${index}`,
        'example.com/cores': cores,
        ...(rack === undefined ? {} : { 'example.com/rack': rack }),
      },
      taints: [],
      unschedulable,
      allocatable: { cpu: 4000, memory: 16000, pods },
      capacity: { cpu: 4000, memory: 16000, pods },
      ready: 'True',
      createdAt: 0,
      joinsAt: null,
      lastHeartbeat: null,
    }));

const requirementArb: fc.Arbitrary<NodeSelectorRequirement> = fc.oneof(
  fc.record({
    key: fc.constantFrom(...KEYS),
    operator: fc.constantFrom('In' as const, 'NotIn' as const),
    values: fc.subarray(['us-east-1a', 'us-east-1b', 'r1', 'r2', '4', 'node-1'], { minLength: 1 }),
  }),
  fc.record({
    key: fc.constantFrom(...KEYS),
    operator: fc.constantFrom('Exists' as const, 'DoesNotExist' as const),
    values: fc.constant([]),
  }),
  fc.record({
    key: fc.constantFrom(...KEYS),
    operator: fc.constantFrom('Gt' as const, 'Lt' as const),
    values: fc.constantFrom(['3'], ['5']),
  }),
);

const affinityArb: fc.Arbitrary<NodeAffinity | undefined> = fc.option(
  fc.record({
    required: fc.option(
      fc.array(fc.record({ matchExpressions: fc.array(requirementArb, { maxLength: 2 }) }), {
        minLength: 1,
        maxLength: 2,
      }),
      { nil: null },
    ),
    preferred: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 100 }),
        preference: fc.record({ matchExpressions: fc.array(requirementArb, { maxLength: 2 }) }),
      }),
      { maxLength: 2 },
    ),
  }),
  { nil: undefined },
);

const constraintsArb: fc.Arbitrary<TopologySpreadConstraint[]> = fc.uniqueArray(
  fc.record({
    maxSkew: fc.integer({ min: 1, max: 2 }),
    topologyKey: fc.constantFrom('topology.kubernetes.io/zone', 'kubernetes.io/hostname', 'example.com/rack'),
    whenUnsatisfiable: fc.constantFrom('DoNotSchedule' as const, 'ScheduleAnyway' as const),
    matchLabels: fc.constantFrom({ app: 'web' }, { app: 'api' }, null),
  }),
  { maxLength: 2, selector: (constraint) => `${constraint.topologyKey}/${constraint.whenUnsatisfiable}` },
);

function pod(name: string, app: string, nodeName: string | null): Pod {
  return {
    uid: name,
    name,
    namespace: 'default',
    labels: { app },
    owner: null,
    spec: {
      containers: [{ name: 'web', image: 'nginx:1.27', requests: { cpu: 100 }, limits: {} }],
      nodeSelector: {},
      tolerations: [],
    },
    nodeName,
    phase: nodeName === null ? 'Pending' : 'Running',
    container: { state: 'waiting', reason: 'Pending' },
    restarts: 0,
    lastExit: null,
    ready: false,
    ip: null,
    createdAt: 0,
    nextAt: null,
    deletedAt: null,
    goneAt: null,
    lastScheduling: null,
  };
}

// Oracles from the definitions: In/NotIn/Exists/DoesNotExist/Gt/Lt, terms ORed, expressions ANDed.
function holds(labels: Readonly<Record<string, string>>, requirement: NodeSelectorRequirement): boolean {
  const value = labels[requirement.key];
  if (requirement.operator === 'In') return value !== undefined && requirement.values.includes(value);
  if (requirement.operator === 'NotIn') return !(value !== undefined && requirement.values.includes(value));
  if (requirement.operator === 'Exists') return value !== undefined;
  if (requirement.operator === 'DoesNotExist') return value === undefined;
  if (value === undefined || !/^\d+$/.test(value)) return false;
  const bound = Number(requirement.values[0]);
  return requirement.operator === 'Gt' ? Number(value) > bound : Number(value) < bound;
}

function allowedBy(node: KubeNode, affinity: NodeAffinity | undefined): boolean {
  if (affinity?.required == null) return true;
  return affinity.required.some(
    (term) =>
      term.matchExpressions.length > 0 && term.matchExpressions.every((req) => holds(node.labels, req)),
  );
}

describe('node affinity and topology spread on any cluster', () => {
  it('binds only where the required affinity holds and no DoNotSchedule constraint breaks', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 7 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => nodeArb(index)))),
        fc.array(fc.tuple(fc.constantFrom('web', 'api'), fc.nat(6)), { maxLength: 14 }),
        affinityArb,
        constraintsArb,
        fc.integer(),
        (nodes, placements, affinity, constraints, rng) => {
          const bound = placements
            .map(([app, at], index) => pod(`p${index}`, app, `node-${at}`))
            .filter((other) => nodes.some((node) => node.name === other.nodeName));
          const base = pod('new', 'web', null);
          const incoming: Pod = {
            ...base,
            spec: {
              ...base.spec,
              ...(affinity === undefined ? {} : { nodeAffinity: affinity }),
              ...(constraints.length === 0 ? {} : { topologySpreadConstraints: constraints }),
            },
          };
          const { record } = schedulePod(incoming, { nodes, pods: bound, spreadSelector: null, now: 0, rng });
          const chosen = nodes.find((node) => node.name === record.chosen);
          if (chosen === undefined) {
            expect(record.message).toMatch(/^0\/\d+ nodes are available: .+\.$/);
            return;
          }
          expect(allowedBy(chosen, affinity)).toBe(true);
          for (const constraint of constraints) {
            if (constraint.whenUnsatisfiable !== 'DoNotSchedule') continue;
            const key = constraint.topologyKey;
            const hard = constraints.filter((other) => other.whenUnsatisfiable === 'DoNotSchedule');
            const eligible = nodes.filter(
              (node) =>
                allowedBy(node, affinity) &&
                hard.every((other) => node.labels[other.topologyKey] !== undefined),
            );
            const selects = (app: string) =>
              constraint.matchLabels !== null && constraint.matchLabels['app'] === app;
            const count = (domain: string | undefined) =>
              bound.filter((other) => {
                const node = eligible.find((candidate) => candidate.name === other.nodeName);
                return (
                  node !== undefined && node.labels[key] === domain && selects(other.labels['app'] ?? '')
                );
              }).length;
            const domains = new Set(eligible.map((node) => node.labels[key]));
            const fewest = Math.min(...[...domains].map(count));
            expect(chosen.labels[key]).toBeDefined();
            expect(count(chosen.labels[key]) + (selects('web') ? 1 : 0) - fewest).toBeLessThanOrEqual(
              constraint.maxSkew,
            );
          }
        },
      ),
      { numRuns: fuzzRuns() },
    );
  });
});
