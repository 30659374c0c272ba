import { describe, expect, it } from 'vitest';
import { after, applyObject, deployment, readyCluster, run, template } from '@/lib/sim/eks/testing';
import { quickActions } from './action-lines';
import { inspectOutput, inspectTitle } from './inspect-output';
import { buildPicture, explainedPod } from './picture-model';
import { nodeLook, podLook, podTally } from './pod-look';
import { failedMessages } from './unscheduled-pods';
import { schedulingSentence, whyNodeRows } from '@/lib/sim/eks/why-rows';

const running = () =>
  after(applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 250 }))), 30_000);

describe('buildPicture', () => {
  it('puts each node in its zone with its pods and counts the kube-system ones it leaves out', () => {
    const state = running();
    const picture = buildPicture(state, false);
    expect(picture.zones.map((zone) => zone.zone)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    const nodes = picture.zones.flatMap((zone) => zone.nodes);
    expect(
      nodes.every((model) => model.node.zone === picture.zones.find((z) => z.nodes.includes(model))?.zone),
    ).toBe(true);
    expect(nodes.reduce((sum, model) => sum + model.pods.length, 0)).toBe(3);
    expect(nodes.every((model) => model.hiddenSystemPods > 0)).toBe(true);
    expect(picture.shownPods).toBe(3);
    const withSystem = buildPicture(state, true);
    expect(withSystem.shownPods).toBe(state.pods.length);
    // The requests bar counts every bound pod, the add-ons too, as the scheduler does.
    expect(nodes.every((model) => model.use.pods === model.pods.length + model.hiddenSystemPods)).toBe(true);
  });

  it('lists pods the scheduler could not place, with the FailedScheduling text once', () => {
    const state = after(
      applyObject(readyCluster(), deployment('big', 2, template('big', { cpu: 4000 }))),
      5_000,
    );
    const picture = buildPicture(state, false);
    expect(picture.unscheduled).toHaveLength(2);
    const messages = failedMessages(picture.unscheduled);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toEqual({
      message: expect.stringMatching(/^0\/3 nodes are available: 3 Insufficient cpu/),
      count: 2,
    });
    expect(podLook(picture.unscheduled[0]!)).toEqual({
      label: 'Pending',
      symbol: 'dashed-ring',
      tone: 'busy',
    });
  });
});

describe('why this node', () => {
  it('explains the last pod the scheduler placed: chosen first, then by score, in plugin words', () => {
    const state = running();
    const pod = explainedPod(state.pods, null);
    expect(pod?.namespace).toBe('default');
    const record = pod!.lastScheduling!;
    const rows = whyNodeRows(record);
    expect(rows[0]).toMatchObject({ node: record.chosen, verdict: 'chosen' });
    // Each score plugin with its weight (§7.4), whatever order the scheduler runs them in, then the sum.
    for (const part of [
      /NodeResourcesFit \d+ × 1/,
      /NodeResourcesBalancedAllocation \d+ × 1/,
      /TaintToleration \d+ × 3/,
    ])
      expect(rows[0]!.why).toMatch(part);
    expect(rows[0]!.why).toMatch(new RegExp(`= ${rows[0]!.total}$`));
    const totals = rows.map((row) => row.total ?? -1);
    expect(totals.slice(1)).toEqual([...totals.slice(1)].sort((a, b) => b - a));
    expect(schedulingSentence(pod!.name, record)).toMatch(
      /went to ip-192-168-\d+-\d+: 3 of 3 nodes passed the filters/,
    );
  });

  it('explains a picked pod, and names the filter that removed each node', () => {
    const cordoned = run(running(), {
      type: 'Cordon',
      node: running().nodes[0]!.name,
      unschedulable: true,
    }).state;
    const state = after(applyObject(cordoned, deployment('api', 1, template('api', { cpu: 100 }))), 5_000);
    const api = state.pods.find((pod) => pod.labels.app === 'api')!;
    expect(explainedPod(state.pods, api.uid)).toBe(api);
    const filtered = whyNodeRows(api.lastScheduling!).filter((row) => row.verdict === 'filtered');
    expect(filtered).toEqual([
      expect.objectContaining({
        node: state.nodes[0]!.name,
        why: expect.stringMatching(/^Filtered out by NodeUnschedulable: /),
      }),
    ]);
  });
});

describe('looks, inspector and quick actions', () => {
  it('names nodes and pods with kubectl’s own words', () => {
    const state = running();
    expect(nodeLook(state.nodes[0]!)).toEqual({ label: 'Ready', symbol: 'dot', tone: 'ready' });
    expect(nodeLook({ ...state.nodes[0]!, unschedulable: true }).label).toBe('Ready,SchedulingDisabled');
    expect(nodeLook({ ...state.nodes[0]!, ready: 'Unknown' })).toMatchObject({
      label: 'NotReady',
      tone: 'failed',
    });
    const pod = state.pods.find((candidate) => candidate.labels.app === 'web')!;
    expect(podLook(pod)).toEqual({ label: 'Running', symbol: 'dot', tone: 'ready' });
    expect(podLook({ ...pod, deletedAt: 1 })).toMatchObject({ label: 'Terminating', tone: 'gone' });
    expect(podLook({ ...pod, ready: false }).label).toBe('Running, not Ready');
    expect(podLook({ ...pod, container: { state: 'waiting', reason: 'CrashLoopBackOff' } }).tone).toBe(
      'failed',
    );
    expect(podTally([pod, pod, { ...pod, deletedAt: 1 }]).map((row) => [row.key, row.count])).toEqual([
      ['Running', 2],
      ['Terminating', 1],
    ]);
  });

  it('describes what was clicked with kubectl describe, and says when it is gone', () => {
    const state = running();
    const pod = state.pods.find((candidate) => candidate.labels.app === 'web')!;
    const shown = inspectOutput(state, { kind: 'pod', uid: pod.uid });
    expect(shown?.command).toBe(`kubectl describe pod ${pod.name}`);
    expect(shown?.output).toMatch(new RegExp(`^Name:\\s+${pod.name}`));
    expect(inspectTitle(state, { kind: 'pod', uid: pod.uid })).toBe(`Pod ${pod.name}`);
    expect(inspectOutput(state, { kind: 'pod', uid: 'gone' })).toBeNull();
    expect(inspectOutput(state, { kind: 'deployment', name: 'web', namespace: 'default' })?.output).toMatch(
      /^Name:\s+web/,
    );
    expect(inspectOutput(state, { kind: 'node', name: state.nodes[0]!.name })?.command).toBe(
      `kubectl describe node ${state.nodes[0]!.name}`,
    );
  });

  it('offers fail, drain and scale, then restore and uncordon once used', () => {
    const state = running();
    const lines = quickActions(state).map((action) => action.line);
    expect(lines).toEqual([
      `chaos fail-node ${state.nodes[0]!.name}`,
      `kubectl drain ${state.nodes[2]!.name} --ignore-daemonsets`,
      'kubectl scale deployment web --replicas=6',
    ]);
    const changed = {
      ...state,
      nodes: state.nodes.map((node, at) =>
        at === 0
          ? { ...node, ready: 'Unknown' as const }
          : at === 1
            ? { ...node, unschedulable: true }
            : node,
      ),
    };
    expect(quickActions(changed).map((action) => action.label)).toEqual([
      `Restore ${state.nodes[0]!.name.split('.')[0]}`,
      `Uncordon ${state.nodes[1]!.name.split('.')[0]}`,
      'Scale web to 6',
    ]);
    expect(quickActions({ ...state, deployments: [] }).at(-1)?.line).toBe('kubectl apply -f web.yaml');
    expect(quickActions({ ...state, kubeconfig: null })).toEqual([]);
  });
});
