import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns } from '../../testing/fuzz-runs';
import { matchesSelector, podRequests, tolerates } from './pod-requests';
import { schedulePod } from './scheduler';
import type { KubeNode, Pod, Taint } from './types';

const taintArb: fc.Arbitrary<Taint> = fc.record({
  key: fc.constantFrom('dedicated', 'gpu', 'node.kubernetes.io/unschedulable'),
  value: fc.constantFrom('', 'true', 'web'),
  effect: fc.constantFrom('NoSchedule' as const, 'PreferNoSchedule' as const, 'NoExecute' as const),
});

const nodeArb = (index: number): fc.Arbitrary<KubeNode> =>
  fc
    .record({
      zone: fc.constantFrom('us-east-1a', 'us-east-1b', 'us-east-1c'),
      disk: fc.constantFrom('ssd', 'hdd'),
      taints: fc.array(taintArb, { maxLength: 2 }),
      unschedulable: fc.boolean(),
      cpu: fc.integer({ min: 500, max: 4000 }),
      memory: fc.integer({ min: 512, max: 16000 }),
      pods: fc.integer({ min: 1, max: 30 }),
    })
    .map(({ zone, disk, taints, unschedulable, cpu, memory, pods }) => ({
      name: `node-${index}`,
      instanceId: `i-${index}`,
      nodegroup: 'workers',
      instanceType: 'm5.large',
      zone,
      internalIp: `192.168.0.${index}`,
      labels: { 'topology.kubernetes.io/zone': zone, 'kubernetes.io/hostname': `node-${index}`, disk },
      taints,
      unschedulable,
      allocatable: { cpu, memory, pods },
      capacity: { cpu, memory, pods },
      ready: 'True',
      createdAt: 0,
      joinsAt: null,
      lastHeartbeat: null,
    }));

const podArb = (name: string): fc.Arbitrary<Pod> =>
  fc
    .record({
      cpu: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      memory: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }),
      disk: fc.option(fc.constantFrom('ssd', 'hdd'), { nil: undefined }),
      tolerateDedicated: fc.boolean(),
      node: fc.option(fc.nat(7), { nil: undefined }),
    })
    .map(({ cpu, memory, disk, tolerateDedicated, node }) => ({
      uid: name,
      name,
      namespace: 'default',
      labels: { app: 'web' },
      owner: null,
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx:1.27',
            requests: { ...(cpu === undefined ? {} : { cpu }), ...(memory === undefined ? {} : { memory }) },
            limits: {},
          },
        ],
        nodeSelector: disk === undefined ? ({} as Record<string, string>) : { disk },
        tolerations: tolerateDedicated ? [{ key: 'dedicated', operator: 'Exists' as const }] : [],
      },
      nodeName: node === undefined ? null : `node-${node}`,
      phase: node === undefined ? 'Pending' : 'Running',
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
    }));

describe('the kube-scheduler on any cluster', () => {
  it('binds only to a node that passes every filter, and says why when none does', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 8 })
          .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => nodeArb(index)))),
        fc
          .array(podArb('placed'), { maxLength: 12 })
          .map((pods) => pods.map((pod, index) => ({ ...pod, uid: `p${index}`, name: `p${index}` }))),
        podArb('new').map((pod) => ({ ...pod, nodeName: null, phase: 'Pending' as const })),
        fc.integer(),
        (nodes, placed, pod, rng) => {
          const bound = placed.filter((other) => nodes.some((node) => node.name === other.nodeName));
          const { record } = schedulePod(pod, { nodes, pods: bound, spreadSelector: null, now: 0, rng });
          // An oracle written apart from the plugins: what "fits" means.
          const fits = (node: KubeNode) => {
            const here = bound.filter((other) => other.nodeName === node.name);
            const used = here.reduce(
              (sum, other) => ({
                cpu: sum.cpu + podRequests(other.spec).cpu,
                memory: sum.memory + podRequests(other.spec).memory,
              }),
              { cpu: 0, memory: 0 },
            );
            const wants = podRequests(pod.spec);
            return (
              !node.unschedulable &&
              node.taints.every(
                (taint) => taint.effect === 'PreferNoSchedule' || tolerates(pod.spec.tolerations, taint),
              ) &&
              matchesSelector(node.labels, pod.spec.nodeSelector) &&
              here.length + 1 <= node.allocatable.pods &&
              (wants.cpu === 0 || used.cpu + wants.cpu <= node.allocatable.cpu) &&
              (wants.memory === 0 || used.memory + wants.memory <= node.allocatable.memory)
            );
          };
          const feasible = nodes.filter(fits).map((node) => node.name);
          if (feasible.length === 0) {
            expect(record.chosen).toBeNull();
            expect(record.message).toMatch(new RegExp(`^0/${nodes.length} nodes are available: .+\\.$`));
          } else {
            expect(feasible).toContain(record.chosen);
            expect(
              record.verdicts
                .filter((verdict) => !verdict.filtered)
                .map((verdict) => verdict.node)
                .sort(),
            ).toEqual([...feasible].sort());
          }
        },
      ),
      { numRuns: fuzzRuns() },
    );
  });
});
