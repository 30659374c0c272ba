import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, createSession, dispatch, replay } from '../core/session';
import { breathe, fuzzTimeout, scenarioRuns } from '../../testing/fuzz-runs';
import type { EksCommand } from './commands';
import { eksEngine } from './engine';
import { EKS_EXAMPLE_FILES } from './example-files';
import { parseManifests } from './manifest';
import { deployment, readyCluster, template } from './testing';
import type { KubeNode } from './types';

type Action =
  | { kind: 'command'; command: EksCommand }
  | { kind: 'wait'; ms: number }
  | { kind: 'node'; what: 'fail' | 'restore' | 'cordon' | 'uncordon' | 'drain'; index: number };

const APPS = ['web', 'api', 'batch'] as const;

const autoscalerManifest = parseManifests(
  EKS_EXAMPLE_FILES['cluster-autoscaler.yaml'] ?? '',
  'cluster-autoscaler.yaml',
);
if (!autoscalerManifest.ok) throw new Error(autoscalerManifest.error);
const AUTOSCALER: Action = {
  kind: 'command',
  command: { type: 'Apply', object: autoscalerManifest.objects[0]! },
};

const action: fc.Arbitrary<Action> = fc.oneof(
  fc
    .record({
      app: fc.constantFrom(...APPS),
      replicas: fc.integer({ min: 0, max: 30 }),
      cpu: fc.constantFrom(undefined, 50, 250, 900, 2500),
      memory: fc.constantFrom(undefined, 64, 512, 3000),
      image: fc.constantFrom('nginx:1.27', 'nginx:stable', 'redis:7', 'nginx:no-such-tag'),
    })
    .map(({ app, replicas, cpu, memory, image }) => ({
      kind: 'command' as const,
      command: {
        type: 'Apply' as const,
        object: deployment(app, replicas, template(app, { cpu, memory, image })),
      },
    })),
  fc
    .record({ app: fc.constantFrom(...APPS), replicas: fc.integer({ min: 0, max: 40 }) })
    .map(({ app, replicas }) => ({
      kind: 'command' as const,
      command: { type: 'ScaleDeployment' as const, name: app, namespace: 'default', replicas },
    })),
  fc.constantFrom(...APPS).map((app) => ({
    kind: 'command' as const,
    command: { type: 'RolloutUndo' as const, name: app, namespace: 'default', toRevision: null },
  })),
  fc.constantFrom(...APPS).map((app) => ({
    kind: 'command' as const,
    command: { type: 'Delete' as const, kind: 'Deployment' as const, name: app, namespace: 'default' },
  })),
  fc.constant(AUTOSCALER),
  fc.constantFrom<Action>(
    {
      kind: 'command',
      command: {
        type: 'CreateFargateProfile',
        clusterName: 'demo',
        fargateProfileName: 'batch',
        podExecutionRoleArn: 'arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole',
        subnets: ['subnet-0a1b2c3d4e5f60718'],
        selectors: [{ namespace: 'default', labels: { app: 'batch' } }],
      },
    },
    {
      kind: 'command',
      command: { type: 'DeleteFargateProfile', clusterName: 'demo', fargateProfileName: 'batch' },
    },
  ),
  fc
    .record({
      app: fc.constantFrom(...APPS),
      type: fc.constantFrom('ClusterIP' as const, 'NodePort' as const, 'LoadBalancer' as const),
    })
    .map(({ app, type }): Action => ({
      kind: 'command',
      command: {
        type: 'Apply',
        object: {
          kind: 'Service',
          name: app,
          namespace: 'default',
          type,
          selector: { app },
          ports: [{ port: 80, targetPort: 80, protocol: 'TCP', nodePort: null }],
        },
      },
    })),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 1, max: 400_000 }) }),
  fc.record({
    kind: fc.constant('node' as const),
    what: fc.constantFrom(
      'fail' as const,
      'restore' as const,
      'cordon' as const,
      'uncordon' as const,
      'drain' as const,
    ),
    index: fc.nat(5),
  }),
);

function toCommand(nodes: readonly KubeNode[], a: Action): EksCommand | null {
  if (a.kind === 'command') return a.command;
  if (a.kind === 'wait') return null;
  const node = nodes[a.index % Math.max(1, nodes.length)]?.name;
  if (node === undefined) return null;
  switch (a.what) {
    case 'fail':
      return { type: 'FailNode', node };
    case 'restore':
      return { type: 'RestoreNode', node };
    case 'cordon':
      return { type: 'Cordon', node, unschedulable: true };
    case 'uncordon':
      return { type: 'Cordon', node, unschedulable: false };
    case 'drain':
      return { type: 'Drain', node, ignoreDaemonSets: true, force: false };
  }
}

const START = readyCluster(1);

describe('the EKS engine under random use', () => {
  it(
    'keeps its invariants (no node over its allocatable or its pod limit) and replays deterministically',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(action, { maxLength: 20 }), async (actions) => {
          await breathe(10);
          let session = createSession(eksEngine, 1);
          for (const command of replayToStart()) session = dispatch(session, command);
          session = advance(session, START.now - session.state.now);
          for (const a of actions) {
            const command = toCommand(session.state.nodes, a);
            session =
              command === null
                ? advance(session, a.kind === 'wait' ? a.ms : 1000)
                : dispatch(session, command);
            expect(eksEngine.checkInvariants?.(session.state)).toEqual([]);
          }
          const replayed = replay(eksEngine, 1, session.log, {
            step: session.log.length,
            now: session.state.now,
          });
          expect(replayed.state).toEqual(session.state);
        }),
        { numRuns: scenarioRuns(30) },
      );
    },
    fuzzTimeout(60),
  );

  it(
    'converges: a Deployment that fits gets all its replicas Running and ready',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: 12 }),
          fc.constantFrom(50, 100, 250, 400),
          fc.integer({ min: 0, max: 1000 }),
          async (replicas, cpu, seed) => {
            await breathe(10);
            let state = readyCluster(seed);
            state = eksEngine.apply(state, {
              type: 'Apply',
              object: deployment('web', replicas, template('web', { cpu })),
            }).state;
            state = eksEngine.tick(state, 60_000).state;
            const live = state.pods.filter((pod) => pod.labels['app'] === 'web' && pod.deletedAt === null);
            expect(live).toHaveLength(replicas);
            expect(live.every((pod) => pod.phase === 'Running' && pod.ready)).toBe(true);
          },
        ),
        { numRuns: scenarioRuns(20) },
      );
    },
    fuzzTimeout(40),
  );
});

function replayToStart(): EksCommand[] {
  return [
    { type: 'CreateCluster', name: 'demo' },
    { type: 'UpdateKubeconfig', name: 'demo' },
    {
      type: 'CreateNodegroup',
      clusterName: 'demo',
      nodegroupName: 'workers',
      instanceType: 'm5.large',
      desiredSize: 3,
      minSize: 1,
      maxSize: 10,
      labels: {},
      taints: [],
      zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
    },
  ];
}
