import { describe, expect, it } from 'vitest';
import { sessionForPreset } from '../simulator-entry';
import { eksSimulator } from './simulator';
import type { EksState, Pod } from './types';

const stateOf = (id: string, seed?: number): EksState =>
  sessionForPreset(eksSimulator, id, seed).state as EksState;

const podsOf = (state: EksState, app: string): Pod[] =>
  state.pods.filter((pod) => pod.labels['app'] === app && pod.deletedAt === null);

const nodeOf = (state: EksState, pod: Pod) => state.nodes.find((node) => node.name === pod.nodeName);

describe('EKS_PRESETS', () => {
  it.each(eksSimulator.presets.map((preset) => preset.id))(
    '%s runs its setup lines without an error',
    (id) => {
      expect(() => sessionForPreset(eksSimulator, id)).not.toThrow();
    },
  );

  it('have unique ids and a description each', () => {
    const ids = eksSimulator.presets.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const preset of eksSimulator.presets) expect(preset.description.length).toBeGreaterThan(20);
  });

  it('empty-account has no cluster and no kubeconfig', () => {
    const state = stateOf('empty-account');
    expect(state.cluster).toBeNull();
    expect(state.kubeconfig).toBeNull();
  });

  it('three-nodes has the ACTIVE cluster demo and three Ready m5.large nodes, one per zone', () => {
    const state = stateOf('three-nodes');
    expect(state.cluster?.status).toBe('ACTIVE');
    expect(state.nodes.map((node) => [node.instanceType, node.zone, node.ready]).sort()).toEqual([
      ['m5.large', 'us-east-1a', 'True'],
      ['m5.large', 'us-east-1b', 'True'],
      ['m5.large', 'us-east-1c', 'True'],
    ]);
  });

  it('web-deployment runs three Ready web pods, one on each node', () => {
    const state = stateOf('web-deployment');
    const pods = podsOf(state, 'web');
    expect(pods.filter((pod) => pod.ready)).toHaveLength(3);
    expect(new Set(pods.map((pod) => pod.nodeName)).size).toBe(3);
  });

  it('pending-pod runs three hungry pods, one per node, and leaves the fourth Pending for lack of CPU', () => {
    for (const seed of [undefined, 4242]) {
      const state = stateOf('pending-pod', seed);
      const pods = podsOf(state, 'hungry');
      const placed = pods.filter((pod) => pod.nodeName !== null);
      expect(placed.filter((pod) => pod.ready)).toHaveLength(3);
      expect(new Set(placed.map((pod) => pod.nodeName)).size).toBe(3);
      const pending = pods.filter((pod) => pod.nodeName === null);
      expect(pending.map((pod) => pod.phase)).toEqual(['Pending']);
      expect(pending[0]?.lastScheduling?.message).toBe('0/3 nodes are available: 3 Insufficient cpu.');
    }
  });

  it('tainted-node adds one m5.xlarge in us-east-1a, labelled workload=batch and tainted dedicated=batch:NoSchedule', () => {
    const state = stateOf('tainted-node');
    const batch = state.nodes.filter((node) => node.nodegroup === 'batch');
    expect(batch.map((node) => [node.instanceType, node.zone, node.ready])).toEqual([
      ['m5.xlarge', 'us-east-1a', 'True'],
    ]);
    expect(batch[0]?.labels['workload']).toBe('batch');
    expect(batch[0]?.taints.map(({ key, value, effect }) => ({ key, value, effect }))).toEqual([
      { key: 'dedicated', value: 'batch', effect: 'NoSchedule' },
    ]);
    expect(state.nodes.filter((node) => node.nodegroup === 'workers')).toHaveLength(3);
    expect(state.pods.filter((pod) => pod.namespace === 'default')).toHaveLength(0);
  });

  it('stalled-rollout keeps three old api pods Ready and two new web:1.8.0 pods running un-Ready', () => {
    const state = stateOf('stalled-rollout');
    const pods = podsOf(state, 'api');
    const image = (pod: Pod) => pod.spec.containers[0]?.image ?? '';
    const old = pods.filter((pod) => image(pod).endsWith('web:1.5.0'));
    const next = pods.filter((pod) => image(pod).endsWith('web:1.8.0'));
    expect(old.map((pod) => pod.ready)).toEqual([true, true, true]);
    expect(next.map((pod) => [pod.phase, pod.ready])).toEqual([
      ['Running', false],
      ['Running', false],
    ]);
    expect(state.replicaSets.filter((rs) => rs.deployment === 'api')).toHaveLength(2);
  });

  it('scaling-playground has two m5.large nodes in a group that may grow to six, with web running', () => {
    const state = stateOf('scaling-playground');
    expect(state.nodegroups.map((group) => [group.name, group.desiredSize, group.maxSize])).toEqual([
      ['workers', 2, 6],
    ]);
    expect(state.nodes.every((node) => node.instanceType === 'm5.large' && node.ready === 'True')).toBe(true);
    expect(podsOf(state, 'web').filter((pod) => pod.ready)).toHaveLength(3);
    expect(state.deployments.some((deployment) => deployment.name === 'cluster-autoscaler')).toBe(false);
    expect(nodeOf(state, podsOf(state, 'web')[0]!)?.nodegroup).toBe('workers');
  });
});
