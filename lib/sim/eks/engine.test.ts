import { describe, expect, it } from 'vitest';
import { eksEngine } from './engine';
import { nodeSize } from './node-sizes';
import { parseCpu, parseMemory, QUANTITY_ERROR } from './quantity';
import { parseManifests } from './manifest';
import { containerFate, restartBackoffMs } from './container-fate';
import { serviceEndpoints } from './services';
import { EKS_EXAMPLE_FILES } from './example-files';
import { after, appPods, deployment, readyCluster, run, template } from './testing';
import type { EksState } from './types';

const apply = (
  state: EksState,
  object: Parameters<typeof deployment>[2] extends never ? never : ReturnType<typeof deployment>,
) => run(state, { type: 'Apply', object }).state;

describe('nodes and the VPC CNI (reference §7)', () => {
  it('caps pods per node by the instance type’s addresses: ENIs × (IPs per ENI − 1) + 2', () => {
    expect(nodeSize('m5.large')?.maxPods).toBe(29);
    expect(nodeSize('t3.medium')?.maxPods).toBe(17);
    expect(nodeSize('m5.xlarge')?.maxPods).toBe(58);
  });

  it('leaves the kubelet its reservation: an m5.large offers 1,930 m CPU and 7,311 MiB', () => {
    expect(nodeSize('m5.large')?.allocatable).toEqual({ cpu: 1930, memory: 7311, pods: 29 });
  });

  it('creates the control plane, then nodes that join Ready with their zone and type labels, then the add-ons', () => {
    const state = readyCluster();
    expect(state.cluster?.status).toBe('ACTIVE');
    expect(state.nodes.map((node) => node.zone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    for (const node of state.nodes) {
      expect(node.ready).toBe('True');
      expect(node.labels['topology.kubernetes.io/zone']).toBe(node.zone);
      expect(node.labels['node.kubernetes.io/instance-type']).toBe('m5.large');
      expect(node.name).toMatch(/^ip-192-168-\d+-\d+\.ec2\.internal$/);
    }
    const system = state.pods.filter((pod) => pod.namespace === 'kube-system');
    expect(system.filter((pod) => pod.name.startsWith('aws-node-'))).toHaveLength(3);
    expect(system.filter((pod) => pod.name.startsWith('kube-proxy-'))).toHaveLength(3);
    expect(system.filter((pod) => pod.name.startsWith('coredns-'))).toHaveLength(2);
    expect(system.every((pod) => pod.phase === 'Running')).toBe(true);
  });

  it('refuses kubectl before the cluster is ACTIVE, with the connection error', () => {
    let state = eksEngine.init(1);
    state = run(state, { type: 'CreateCluster', name: 'demo' }).state;
    expect(run(state, { type: 'Apply', object: deployment('web', 1) }).error?.message).toBe(
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    );
    state = run(state, { type: 'UpdateKubeconfig', name: 'demo' }).state;
    const step = run(state, { type: 'Apply', object: deployment('web', 1) });
    expect(step.error?.message).toMatch(/^Unable to connect to the server/);
  });
});

describe('resource quantities', () => {
  it('reads CPU and memory as manifests write them', () => {
    expect(parseCpu('250m')).toEqual({ ok: true, value: 250 });
    expect(parseCpu('0.5')).toEqual({ ok: true, value: 500 });
    expect(parseCpu(2)).toEqual({ ok: true, value: 2000 });
    expect(parseMemory('128Mi')).toEqual({ ok: true, value: 128 });
    expect(parseMemory('1Gi')).toEqual({ ok: true, value: 1024 });
    expect(parseMemory('500M')).toEqual({ ok: true, value: 477 });
    expect(parseMemory('lots')).toEqual({ ok: false, error: QUANTITY_ERROR });
  });
});

describe('the kube-scheduler (reference §7.4)', () => {
  it('spreads a Deployment with LeastAllocated and the default topology spread: one pod per zone first', () => {
    const state = after(
      apply(readyCluster(), deployment('web', 3, template('web', { cpu: 250, memory: 256 }))),
      30_000,
    );
    const zones = appPods(state, 'web').map(
      (pod) => state.nodes.find((node) => node.name === pod.nodeName)?.zone,
    );
    expect(new Set(zones).size).toBe(3);
    expect(appPods(state, 'web').every((pod) => pod.phase === 'Running' && pod.ready)).toBe(true);
  });

  it('leaves a pod that fits nowhere Pending with the FailedScheduling text', () => {
    const state = after(apply(readyCluster(), deployment('big', 1, template('big', { cpu: 4000 }))), 5_000);
    const [pod] = appPods(state, 'big');
    expect(pod?.phase).toBe('Pending');
    expect(pod?.nodeName).toBeNull();
    expect(pod?.lastScheduling?.message).toBe('0/3 nodes are available: 3 Insufficient cpu.');
    const event = state.kubeEvents.find(
      (candidate) => candidate.object === `pod/${pod?.name}` && candidate.reason === 'FailedScheduling',
    );
    expect(event?.type).toBe('Warning');
    expect(event?.message).toBe('0/3 nodes are available: 3 Insufficient cpu.');
  });

  it('counts each reason per node, sorted, as the scheduler writes them', () => {
    let state = readyCluster();
    const [first, second] = state.nodes;
    state = run(state, { type: 'Cordon', node: first!.name, unschedulable: true }).state;
    state = apply(
      state,
      deployment(
        'zonal',
        1,
        template('zonal', { memory: 9000, nodeSelector: { 'topology.kubernetes.io/zone': second!.zone } }),
      ),
    );
    const [pod] = appPods(state, 'zonal');
    expect(pod?.lastScheduling?.message).toBe(
      "0/3 nodes are available: 1 Insufficient memory, 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were unschedulable.",
    );
  });

  it('keeps pods off a node with a taint they do not tolerate', () => {
    const state = readyCluster(1, { taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] });
    const next = apply(state, deployment('web', 1));
    expect(appPods(next, 'web')[0]?.lastScheduling?.message).toBe(
      '0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}.',
    );
  });

  it('records every node’s fate: the filter that removed it, or its weighted scores', () => {
    let state = readyCluster();
    state = run(state, { type: 'Cordon', node: state.nodes[0]!.name, unschedulable: true }).state;
    state = apply(state, deployment('web', 1, template('web', { cpu: 100 })));
    const record = appPods(state, 'web')[0]?.lastScheduling;
    expect(record?.chosen).not.toBeNull();
    const filtered = record?.verdicts.find((verdict) => verdict.filtered);
    expect(filtered).toMatchObject({ plugin: 'NodeUnschedulable', reasons: ['node(s) were unschedulable'] });
    const scored = record?.verdicts.filter((verdict) => !verdict.filtered) ?? [];
    expect(scored).toHaveLength(2);
    for (const verdict of scored) {
      if (verdict.filtered) continue;
      expect(verdict.scores.map((score) => score.plugin)).toContain('NodeResourcesFit');
      expect(verdict.total).toBe(verdict.scores.reduce((sum, score) => sum + score.score * score.weight, 0));
    }
  });

  it('stops at the VPC CNI pod limit with "Too many pods"', () => {
    const state = after(
      apply(
        readyCluster(1, { nodes: 1, instanceType: 't3.medium' }),
        deployment('tiny', 20, template('tiny', { cpu: 10, memory: 10 })),
      ),
      30_000,
    );
    const pending = appPods(state, 'tiny').filter((pod) => pod.nodeName === null);
    // 17 pods fit a t3.medium; aws-node, kube-proxy and both CoreDNS replicas already hold 4.
    expect(pending).toHaveLength(7);
    expect(pending[0]?.lastScheduling?.message).toBe('0/1 nodes are available: 1 Too many pods.');
  });
});

describe('pods and the kubelet', () => {
  it('runs a pod once its image is pulled, and backs off an image that does not exist', () => {
    let state = apply(readyCluster(), deployment('web', 1));
    expect(appPods(state, 'web')[0]?.container).toEqual({ state: 'waiting', reason: 'ContainerCreating' });
    state = after(state, 10_000);
    expect(appPods(state, 'web')[0]?.phase).toBe('Running');

    state = apply(state, deployment('typo', 1, template('typo', { image: 'nginx:no-such-tag' })));
    expect(appPods(state, 'typo')[0]?.container).toEqual({ state: 'waiting', reason: 'ErrImagePull' });
    state = after(state, 15_000);
    expect(appPods(state, 'typo')[0]?.container).toEqual({ state: 'waiting', reason: 'ImagePullBackOff' });
    expect(
      state.kubeEvents.some((event) =>
        event.message.includes('failed to resolve reference "docker.io/library/nginx:no-such-tag"'),
      ),
    ).toBe(true);
  });
});

describe('node failure (reference §7.5)', () => {
  function failed() {
    let state = after(apply(readyCluster(), deployment('web', 6, template('web', { cpu: 200 }))), 30_000);
    const victim = state.nodes[0]!;
    const onVictim = appPods(state, 'web')
      .filter((pod) => pod.nodeName === victim.name)
      .map((pod) => pod.name);
    state = run(state, { type: 'FailNode', node: victim.name }).state;
    return { state, victim: victim.name, onVictim, failedAt: state.now };
  }

  it('marks the node NotReady after the 50 s grace period, with the unreachable taints', () => {
    const { state, victim } = failed();
    expect(after(state, 49_000).nodes.find((node) => node.name === victim)?.ready).toBe('True');
    const later = after(state, 50_000).nodes.find((node) => node.name === victim);
    expect(later?.ready).toBe('Unknown');
    expect(later?.taints.map((taint) => `${taint.key}:${taint.effect}`)).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ]);
  });

  it('evicts its pods when the 300 s toleration runs out, 5m50s after the last heartbeat, and replaces them elsewhere', () => {
    const { state, victim, onVictim } = failed();
    expect(onVictim.length).toBeGreaterThan(0);
    const before = after(state, 349_000);
    expect(
      appPods(before, 'web')
        .filter((pod) => onVictim.includes(pod.name))
        .every((pod) => pod.deletedAt === null),
    ).toBe(true);
    const evicted = after(state, 350_000);
    const stale = appPods(evicted, 'web').filter((pod) => onVictim.includes(pod.name));
    // Terminating for good: the kubelet that would confirm it does not answer.
    expect(stale.every((pod) => pod.deletedAt !== null && pod.goneAt === null)).toBe(true);
    const settled = after(evicted, 15_000);
    const live = appPods(settled, 'web').filter((pod) => pod.deletedAt === null);
    expect(live).toHaveLength(6);
    expect(live.every((pod) => pod.nodeName !== victim && pod.phase === 'Running')).toBe(true);
    // DaemonSet pods tolerate the taint forever and stay.
    expect(
      settled.pods
        .filter((pod) => pod.nodeName === victim && pod.owner?.kind === 'DaemonSet')
        .every((pod) => pod.deletedAt === null),
    ).toBe(true);
  });

  it('finishes the deletions once the node answers again', () => {
    const { state, victim, onVictim } = failed();
    let next = after(state, 400_000);
    next = run(next, { type: 'RestoreNode', node: victim }).state;
    next = after(next, 10_000);
    expect(next.pods.some((pod) => onVictim.includes(pod.name))).toBe(false);
    expect(next.nodes.find((node) => node.name === victim)?.ready).toBe('True');
  });
});

describe('Deployments: rolling updates and rollbacks (reference §7.2)', () => {
  it('rolls to a new ReplicaSet within maxSurge and maxUnavailable, then undoes it', () => {
    let state = after(apply(readyCluster(), deployment('web', 4, template('web', { cpu: 100 }))), 30_000);
    const firstHash = appPods(state, 'web')[0]?.labels['pod-template-hash'];
    state = run(state, {
      type: 'SetImage',
      name: 'web',
      namespace: 'default',
      container: 'web',
      image: 'nginx:1.27.3',
    }).state;
    for (let second = 0; second < 60; second += 1) {
      const live = appPods(state, 'web').filter((pod) => pod.deletedAt === null);
      expect(live.length).toBeLessThanOrEqual(5); // 4 + 25 % surge, rounded up
      expect(live.filter((pod) => pod.ready).length).toBeGreaterThanOrEqual(3); // 4 − 25 %, rounded down
      state = after(state, 1_000);
    }
    const rolled = appPods(state, 'web').filter((pod) => pod.deletedAt === null);
    expect(rolled).toHaveLength(4);
    expect(rolled.every((pod) => pod.spec.containers[0]?.image === 'nginx:1.27.3' && pod.ready)).toBe(true);
    const revisions = state.replicaSets
      .filter((rs) => rs.deployment === 'web')
      .map((rs) => [rs.revision, rs.replicas]);
    expect(revisions).toEqual([
      [1, 0],
      [2, 4],
    ]);

    state = after(
      run(state, { type: 'RolloutUndo', name: 'web', namespace: 'default', toRevision: null }).state,
      60_000,
    );
    const back = appPods(state, 'web').filter((pod) => pod.deletedAt === null);
    expect(back.every((pod) => pod.labels['pod-template-hash'] === firstHash)).toBe(true);
    expect(state.replicaSets.find((rs) => rs.podTemplateHash === firstHash)?.revision).toBe(3);
  });
});

describe('a rollout to an image that does not exist', () => {
  it('stalls with the old pods still serving: never more unavailable than maxUnavailable', () => {
    let state = after(apply(readyCluster(), deployment('web', 4, template('web', { cpu: 100 }))), 30_000);
    state = run(state, {
      type: 'SetImage',
      name: 'web',
      namespace: 'default',
      container: 'web',
      image: 'nginx:9.99',
    }).state;
    state = after(state, 120_000);
    const live = appPods(state, 'web').filter((pod) => pod.deletedAt === null);
    expect(live.filter((pod) => pod.ready && pod.spec.containers[0]?.image === 'nginx:1.27')).toHaveLength(3);
    expect(
      live.filter((pod) => pod.spec.containers[0]?.image === 'nginx:9.99').map((pod) => pod.container),
    ).toEqual([
      { state: 'waiting', reason: 'ImagePullBackOff' },
      { state: 'waiting', reason: 'ImagePullBackOff' },
    ]);
  });
});

describe('cordon and drain', () => {
  it('evicts a node’s pods but the DaemonSet’s, which kubectl must be told to ignore', () => {
    let state = after(apply(readyCluster(), deployment('web', 3, template('web', { cpu: 100 }))), 30_000);
    const node = state.nodes[0]!.name;
    const blocked = run(state, { type: 'Drain', node, ignoreDaemonSets: false, force: false });
    expect(blocked.error?.message).toMatch(
      /^unable to drain node ".*" due to error: \[cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): kube-system\/aws-node-/,
    );
    expect(blocked.state.nodes.find((candidate) => candidate.name === node)?.unschedulable).toBe(true);
    state = run(blocked.state, { type: 'Drain', node, ignoreDaemonSets: true, force: false }).state;
    state = after(state, 30_000);
    const left = state.pods.filter((pod) => pod.nodeName === node && pod.deletedAt === null);
    expect(left.every((pod) => pod.owner?.kind === 'DaemonSet')).toBe(true);
    expect(appPods(state, 'web').filter((pod) => pod.deletedAt === null)).toHaveLength(3);
  });
});

describe('containers that fail once they run', () => {
  const web = (tag: string, extra: object = {}) => ({
    name: 'web',
    image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/web:${tag}`,
    requests: {},
    limits: {},
    ...extra,
  });

  it('exits without a setting it needs, runs with it, and is OOM-killed when it leaks past its limit', () => {
    expect(containerFate(web('1.6.0'))?.exit).toEqual({
      reason: 'Error',
      exitCode: 1,
      log: 'Error: DATABASE_URL is not set; refusing to start',
    });
    expect(containerFate(web('1.6.0', { env: { DATABASE_URL: 'postgres://db' } }))).toBeNull();
    expect(containerFate(web('1.7.0'))).toBeNull();
    expect(containerFate(web('1.7.0', { limits: { memory: 512 } }))?.exit.reason).toBe('OOMKilled');
  });

  it('backs off restarts 10 s, 20 s, 40 s… up to five minutes', () => {
    expect([1, 2, 3, 6, 9].map(restartBackoffMs)).toEqual([10_000, 20_000, 40_000, 300_000, 300_000]);
  });

  it('shows CrashLoopBackOff with a growing restart count, never Ready', () => {
    const crashing = template('api', {
      cpu: 100,
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.6.0',
    });
    let state = after(apply(readyCluster(), deployment('api', 1, crashing)), 12_000);
    const [pod] = appPods(state, 'api');
    expect(pod?.container).toEqual({ state: 'waiting', reason: 'CrashLoopBackOff' });
    expect(pod?.restarts).toBe(1);
    state = after(state, 3 * 60_000);
    const [later] = appPods(state, 'api');
    expect(later?.restarts).toBeGreaterThan(3);
    expect(later?.ready).toBe(false);
    expect(
      state.kubeEvents.some(
        (event) =>
          event.reason === 'BackOff' &&
          event.message.startsWith('Back-off restarting failed container api in pod'),
      ),
    ).toBe(true);
  });
});

describe('Services', () => {
  const service = (type: 'ClusterIP' | 'NodePort' | 'LoadBalancer', app = 'web') => ({
    kind: 'Service' as const,
    name: app,
    namespace: 'default',
    type,
    selector: { app },
    ports: [{ port: 80, targetPort: 80, protocol: 'TCP' as const, nodePort: null }],
  });

  it('lists as endpoints only the matching pods that are Ready', () => {
    let state = apply(readyCluster(), deployment('web', 3, template('web', { cpu: 100 })));
    state = apply(state, service('ClusterIP'));
    const web = state.services.find((candidate) => candidate.name === 'web')!;
    expect(web.clusterIp).toMatch(/^10\.100\.\d+\.\d+$/);
    expect(serviceEndpoints(state, web).ready).toEqual([]);
    state = after(state, 30_000);
    expect(serviceEndpoints(state, web).ready).toHaveLength(3);
    const unready = {
      labels: { app: 'unready' },
      spec: {
        containers: [
          {
            name: 'web',
            image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.8.0',
            requests: {},
            limits: {},
            readinessProbe: true,
          },
        ],
        nodeSelector: {},
        tolerations: [],
      },
    };
    state = after(
      apply(apply(state, deployment('unready', 2, unready)), service('ClusterIP', 'unready')),
      60_000,
    );
    const endpoints = serviceEndpoints(
      state,
      state.services.find((candidate) => candidate.name === 'unready')!,
    );
    expect(endpoints).toEqual({
      ready: [],
      notReady: expect.arrayContaining([expect.stringMatching(/^192\.168\./)]),
    });
  });

  it('gives NodePort and LoadBalancer Services a node port, and a load balancer its name once AWS has made it', () => {
    let state = apply(readyCluster(), service('LoadBalancer'));
    const [port] = state.services.find((candidate) => candidate.name === 'web')!.ports;
    expect(port?.nodePort).toBeGreaterThanOrEqual(30000);
    expect(port?.nodePort).toBeLessThanOrEqual(32767);
    const created = state.now;
    state = after(state, 2 * 60_000);
    const balancer = state.services.find((candidate) => candidate.name === 'web')!.loadBalancer;
    expect(balancer?.readyAt).toBe(created + 2 * 60_000);
    expect(balancer?.hostname).toMatch(/^a[0-9a-f]{31}-\d{10}\.us-east-1\.elb\.amazonaws\.com$/);
    expect(
      state.kubeEvents.filter((event) => event.object === 'service/web').map((event) => event.reason),
    ).toEqual(['EnsuringLoadBalancer', 'EnsuredLoadBalancer']);
  });
});

describe('the Cluster Autoscaler', () => {
  const installed = (state: EksState) => {
    const parsed = parseManifests(
      EKS_EXAMPLE_FILES['cluster-autoscaler.yaml'] ?? '',
      'cluster-autoscaler.yaml',
    );
    if (!parsed.ok) throw new Error(parsed.error);
    return after(apply(state, parsed.objects[0]!), 30_000);
  };
  const pending = (state: EksState) => appPods(state, 'web').filter((pod) => pod.nodeName === null);

  it('does nothing until installed; then adds nodes for the pods that wait, within the group’s maximum', () => {
    let state = after(
      apply(readyCluster(1, { nodes: 2 }), deployment('web', 20, template('web', { cpu: 250 }))),
      30_000,
    );
    expect(pending(state).length).toBeGreaterThan(0);
    expect(after(state, 5 * 60_000).nodes).toHaveLength(2);
    state = installed(state);
    expect(state.nodegroups[0]?.desiredSize).toBe(3);
    expect(
      state.kubeEvents.some(
        (event) =>
          event.reason === 'TriggeredScaleUp' &&
          event.message === 'pod triggered scale-up: [{eks-workers 2->3 (max: 10)}]',
      ),
    ).toBe(true);
    state = after(state, 3 * 60_000);
    expect(pending(state)).toHaveLength(0);
    expect(state.nodes).toHaveLength(3);
  });

  it('says why when no node group could hold the pod', () => {
    const state = installed(
      apply(readyCluster(1, { nodes: 2 }), deployment('huge', 1, template('huge', { memory: 64_000 }))),
    );
    const event = state.kubeEvents.find((candidate) => candidate.reason === 'NotTriggerScaleUp');
    expect(event?.message).toMatch(/^pod didn't trigger scale-up: /);
    expect(state.nodegroups[0]?.desiredSize).toBe(2);
  });
});

describe('determinism', () => {
  it('gives the same state for the same seed and commands, and ticks additively', () => {
    const build = () =>
      after(apply(readyCluster(5), deployment('web', 5, template('web', { cpu: 300 }))), 20_000);
    expect(build()).toEqual(build());
    const base = apply(readyCluster(5), deployment('web', 5, template('web', { cpu: 300 })));
    expect(after(after(base, 7_000), 13_000)).toEqual(after(base, 20_000));
  });
});
