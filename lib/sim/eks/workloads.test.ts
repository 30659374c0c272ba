import { describe, expect, it } from 'vitest';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';

describe('pods and the kubelet', () => {
  it('runs a pod once its image is pulled, and backs off an image that does not exist', () => {
    let state = applyObject(readyCluster(), deployment('web', 1));
    expect(appPods(state, 'web')[0]?.container).toEqual({ state: 'waiting', reason: 'ContainerCreating' });
    state = after(state, 10_000);
    expect(appPods(state, 'web')[0]?.phase).toBe('Running');

    state = applyObject(state, deployment('typo', 1, template('typo', { image: 'nginx:no-such-tag' })));
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

describe('Deployments: rolling updates and rollbacks (reference §7.2)', () => {
  it('rolls to a new ReplicaSet within maxSurge and maxUnavailable, then undoes it', () => {
    let state = after(
      applyObject(readyCluster(), deployment('web', 4, template('web', { cpu: 100 }))),
      30_000,
    );
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
    let state = after(
      applyObject(readyCluster(), deployment('web', 4, template('web', { cpu: 100 }))),
      30_000,
    );
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
    let state = after(
      applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 100 }))),
      30_000,
    );
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

describe('determinism', () => {
  it('gives the same state for the same seed and commands, and ticks additively', () => {
    const build = () =>
      after(applyObject(readyCluster(5), deployment('web', 5, template('web', { cpu: 300 }))), 20_000);
    expect(build()).toEqual(build());
    const base = applyObject(readyCluster(5), deployment('web', 5, template('web', { cpu: 300 })));
    expect(after(after(base, 7_000), 13_000)).toEqual(after(base, 20_000));
  });
});
