import { describe, expect, it } from 'vitest';
import { eksEngine } from './engine';
import { nodeSize } from './node-sizes';
import { parseCpu, parseMemory, QUANTITY_ERROR } from './quantity';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';

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
      applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 250, memory: 256 }))),
      30_000,
    );
    const zones = appPods(state, 'web').map(
      (pod) => state.nodes.find((node) => node.name === pod.nodeName)?.zone,
    );
    expect(new Set(zones).size).toBe(3);
    expect(appPods(state, 'web').every((pod) => pod.phase === 'Running' && pod.ready)).toBe(true);
  });

  it('leaves a pod that fits nowhere Pending with the FailedScheduling text', () => {
    const state = after(
      applyObject(readyCluster(), deployment('big', 1, template('big', { cpu: 4000 }))),
      5_000,
    );
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
    state = applyObject(
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
    const next = applyObject(state, deployment('web', 1));
    expect(appPods(next, 'web')[0]?.lastScheduling?.message).toBe(
      '0/3 nodes are available: 3 node(s) had untolerated taint {dedicated: gpu}.',
    );
  });

  it('records every node’s fate: the filter that removed it, or its weighted scores', () => {
    let state = readyCluster();
    state = run(state, { type: 'Cordon', node: state.nodes[0]!.name, unschedulable: true }).state;
    state = applyObject(state, deployment('web', 1, template('web', { cpu: 100 })));
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
      applyObject(
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
