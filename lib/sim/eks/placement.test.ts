import { describe, expect, it } from 'vitest';
import { preferredAffinityWeight, requiredAffinityMatches, requirementMatches } from './node-affinity';
import type { EksState, NodeAffinity, PodTemplate, TopologySpreadConstraint } from './types';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';

/**
 * Node affinity and topology spread constraints, as the Kubernetes docs describe them ("Assigning
 * Pods to Nodes", "Pod Topology Spread Constraints") and the scheduler's NodeAffinity and
 * PodTopologySpread plugins word their verdicts.
 */

const ZONE = 'topology.kubernetes.io/zone';

function placed(
  app: string,
  replicas: number,
  spec: { nodeAffinity?: NodeAffinity; topologySpreadConstraints?: TopologySpreadConstraint[] },
  state: EksState = readyCluster(),
): EksState {
  const base = template(app, { cpu: 100 });
  const podTemplate: PodTemplate = { ...base, spec: { ...base.spec, ...spec } };
  return after(applyObject(state, deployment(app, replicas, podTemplate)), 30_000);
}

const zonesOf = (state: EksState, app: string) =>
  appPods(state, app)
    .filter((pod) => pod.nodeName !== null)
    .map((pod) => state.nodes.find((node) => node.name === pod.nodeName)?.zone)
    .sort();

const spread = (
  topologyKey: string,
  whenUnsatisfiable: TopologySpreadConstraint['whenUnsatisfiable'],
  app: string,
  maxSkew = 1,
): TopologySpreadConstraint => ({ maxSkew, topologyKey, whenUnsatisfiable, matchLabels: { app } });

describe('node affinity operators', () => {
  const labels = { [ZONE]: 'us-east-1a', 'example.com/cores': '8' };

  it('reads In, NotIn, Exists, DoesNotExist, Gt and Lt as the API defines them', () => {
    const holds = (
      operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt',
      key: string,
      values: string[] = [],
    ) => requirementMatches(labels, { key, operator, values });
    expect(holds('In', ZONE, ['us-east-1a', 'us-east-1b'])).toBe(true);
    expect(holds('In', ZONE, ['us-east-1c'])).toBe(false);
    // NotIn and DoesNotExist hold on a node without the label at all.
    expect(holds('NotIn', 'example.com/gpu', ['true'])).toBe(true);
    expect(holds('Exists', ZONE)).toBe(true);
    expect(holds('DoesNotExist', 'example.com/gpu')).toBe(true);
    expect(holds('Gt', 'example.com/cores', ['4'])).toBe(true);
    expect(holds('Lt', 'example.com/cores', ['4'])).toBe(false);
    expect(holds('Gt', ZONE, ['4'])).toBe(false);
  });

  it('ORs the required terms, ANDs each term’s expressions, and matches nothing with an empty term', () => {
    const term = (zone: string) => ({
      matchExpressions: [{ key: ZONE, operator: 'In' as const, values: [zone] }],
    });
    expect(
      requiredAffinityMatches(labels, { required: [term('us-east-1c'), term('us-east-1a')], preferred: [] }),
    ).toBe(true);
    expect(
      requiredAffinityMatches(labels, {
        required: [
          {
            matchExpressions: [
              ...term('us-east-1a').matchExpressions,
              { key: 'example.com/cores', operator: 'Lt', values: ['4'] },
            ],
          },
        ],
        preferred: [],
      }),
    ).toBe(false);
    expect(requiredAffinityMatches(labels, { required: [{ matchExpressions: [] }], preferred: [] })).toBe(
      false,
    );
    expect(
      preferredAffinityWeight(labels, {
        required: null,
        preferred: [
          { weight: 30, preference: term('us-east-1a') },
          { weight: 70, preference: term('us-east-1b') },
        ],
      }),
    ).toBe(30);
  });
});

describe('the NodeAffinity plugin', () => {
  const inZones = (...zones: string[]): NodeAffinity => ({
    required: [{ matchExpressions: [{ key: ZONE, operator: 'In', values: zones }] }],
    preferred: [],
  });

  it('filters out the nodes a required term rules out, with the nodeSelector’s reason', () => {
    const state = placed('web', 4, { nodeAffinity: inZones('us-east-1b') });
    expect(zonesOf(state, 'web')).toEqual(['us-east-1b', 'us-east-1b', 'us-east-1b', 'us-east-1b']);
    const record = appPods(state, 'web')[0]?.lastScheduling;
    const filtered = record?.verdicts.filter((verdict) => verdict.filtered) ?? [];
    expect(filtered).toHaveLength(2);
    for (const verdict of filtered)
      expect(verdict).toMatchObject({
        plugin: 'NodeAffinity',
        reasons: ["node(s) didn't match Pod's node affinity/selector"],
      });
  });

  it('leaves the pod Pending when no node matches', () => {
    const state = placed('web', 1, { nodeAffinity: inZones('us-east-1d') });
    expect(appPods(state, 'web')[0]?.lastScheduling?.message).toBe(
      "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.",
    );
  });

  it('scores preferred terms by their weight (NodeAffinity, weight 2) and says why', () => {
    const state = placed('web', 1, {
      nodeAffinity: {
        required: null,
        preferred: [
          {
            weight: 80,
            preference: { matchExpressions: [{ key: ZONE, operator: 'In', values: ['us-east-1c'] }] },
          },
        ],
      },
    });
    expect(zonesOf(state, 'web')).toEqual(['us-east-1c']);
    const record = appPods(state, 'web')[0]?.lastScheduling;
    const chosen = record?.verdicts.find((verdict) => verdict.node === record.chosen);
    const affinity =
      chosen && !chosen.filtered ? chosen.scores.find((score) => score.plugin === 'NodeAffinity') : undefined;
    expect(affinity).toEqual({
      plugin: 'NodeAffinity',
      score: 100,
      weight: 2,
      reason: 'matches preferred terms weighing 80 (the best node: 80)',
    });
  });
});

describe('the PodTopologySpread plugin', () => {
  it('keeps a DoNotSchedule zone spread within maxSkew: 7 replicas go 3, 2, 2', () => {
    const state = placed('web', 7, { topologySpreadConstraints: [spread(ZONE, 'DoNotSchedule', 'web')] });
    const zones = zonesOf(state, 'web');
    const perZone = ['us-east-1a', 'us-east-1b', 'us-east-1c'].map(
      (zone) => zones.filter((z) => z === zone).length,
    );
    expect(perZone.sort()).toEqual([2, 2, 3]);
  });

  it('counts a cordoned node’s empty zone, so the spread waits rather than break maxSkew', () => {
    let state = readyCluster();
    const cordoned = state.nodes.find((node) => node.zone === 'us-east-1c')!;
    state = run(state, { type: 'Cordon', node: cordoned.name, unschedulable: true }).state;
    state = placed('web', 3, { topologySpreadConstraints: [spread(ZONE, 'DoNotSchedule', 'web')] }, state);
    const pending = appPods(state, 'web').filter((pod) => pod.nodeName === null);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.lastScheduling?.message).toBe(
      "0/3 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't match pod topology spread constraints.",
    );
    const verdict = pending[0]?.lastScheduling?.verdicts.find(
      (candidate) => candidate.filtered && candidate.plugin === 'PodTopologySpread',
    );
    expect(verdict).toBeDefined();
  });

  it('filters out nodes without the topology key’s label', () => {
    const state = placed('web', 1, {
      topologySpreadConstraints: [spread('example.com/rack', 'DoNotSchedule', 'web')],
    });
    expect(appPods(state, 'web')[0]?.lastScheduling?.message).toBe(
      "0/3 nodes are available: 3 node(s) didn't match pod topology spread constraints (missing required label).",
    );
  });

  it('scores ScheduleAnyway constraints in place of the built-in default spread', () => {
    const state = placed('web', 3, { topologySpreadConstraints: [spread(ZONE, 'ScheduleAnyway', 'web')] });
    expect(new Set(zonesOf(state, 'web')).size).toBe(3);
    const record = appPods(state, 'web').at(-1)?.lastScheduling;
    for (const verdict of record?.verdicts ?? []) {
      if (verdict.filtered) continue;
      const part = verdict.scores.find((score) => score.plugin === 'PodTopologySpread');
      expect(part?.weight).toBe(2);
      expect(part?.reason).toMatch(/^\d matching pods? in topology\.kubernetes\.io\/zone=us-east-1[abc]$/);
    }
  });

  it('drops the default spread score when the pod brings only DoNotSchedule constraints', () => {
    const state = placed('web', 1, { topologySpreadConstraints: [spread(ZONE, 'DoNotSchedule', 'web')] });
    const record = appPods(state, 'web')[0]?.lastScheduling;
    const plugins = record?.verdicts.flatMap((verdict) =>
      verdict.filtered ? [] : verdict.scores.map((score) => score.plugin),
    );
    expect(plugins).not.toContain('PodTopologySpread');
  });

  it('gives a reason for every score and names the plugin of every filtered node', () => {
    const state = placed('web', 1, {});
    for (const verdict of appPods(state, 'web')[0]?.lastScheduling?.verdicts ?? []) {
      if (verdict.filtered) expect(verdict.plugin).not.toBe('');
      else for (const score of verdict.scores) expect(score.reason.length).toBeGreaterThan(0);
    }
  });
});
