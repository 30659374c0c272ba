import { describe, expect, it } from 'vitest';
import { metricsServerDeployment } from './addons';
import { cpuReplicas } from './hpa-replicas';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';
import type { EksState, Pod } from './types';

/**
 * The HorizontalPodAutoscaler (Kubernetes docs, "Horizontal Pod Autoscaling", Algorithm details;
 * kubernetes pkg/controller/podautoscaler): desired = ceil(current × utilization ÷ target), a 10 %
 * tolerance, a 15 s sync period, the highest recommendation of the last 5 minutes kept before
 * scaling down, at most double (or +4) per scale-up, and utilization relative to CPU requests.
 */

const hpa = (min = 2, max = 10, target = 50) => ({
  kind: 'HorizontalPodAutoscaler' as const,
  name: 'web',
  namespace: 'default',
  target: 'web',
  minReplicas: min,
  maxReplicas: max,
  targetCpuUtilization: target,
});

function withMetricsServer(state: EksState): EksState {
  const { name, namespace, replicas, selector, template: podTemplate } = metricsServerDeployment(0);
  return applyObject(state, {
    kind: 'Deployment',
    name,
    namespace,
    replicas,
    selector,
    template: podTemplate,
  });
}

const load = (state: EksState, rps: number) =>
  run(state, { type: 'SetLoad', deployment: 'web', namespace: 'default', rps }).state;

const replicas = (state: EksState) => state.deployments.find((d) => d.name === 'web')?.replicas;
const events = (state: EksState, reason: string) =>
  state.kubeEvents.filter(
    (event) => event.object === 'horizontalpodautoscaler/web' && event.reason === reason,
  );

/** nginx pods requesting 250m: 500 requests/s is 100 % of request (nginx serves 2,000 per vCPU). */
function scaledWeb(count = 3): EksState {
  const state = withMetricsServer(readyCluster(1, { nodes: 3 }));
  return after(applyObject(state, deployment('web', count, template('web', { cpu: 250 }))), 60_000);
}

const pod = (uid: string, cpu: number | undefined, ready = true): Pod =>
  ({
    uid,
    name: `web-${uid}`,
    namespace: 'default',
    deletedAt: null,
    phase: ready ? 'Running' : 'Pending',
    ready,
    spec: {
      containers: [
        { name: 'web', image: 'nginx:1.27', requests: cpu === undefined ? {} : { cpu }, limits: {} },
      ],
      nodeSelector: {},
      tolerations: [],
    },
  }) as unknown as Pod;

describe('cpuReplicas', () => {
  it('is ceil(ready pods × utilization ÷ target): 3 pods at 100 % for a 50 % target want 6', () => {
    const pods = ['a', 'b', 'c'].map((uid) => pod(uid, 250));
    const usage = new Map(pods.map((p) => [p.uid, 250]));
    expect(cpuReplicas({ currentReplicas: 3, target: 50, pods, usage })).toEqual({
      ok: true,
      replicas: 6,
      utilization: 100,
      averageCpu: 250,
    });
  });

  it('keeps the size while the ratio is within the 10 % tolerance', () => {
    const pods = ['a', 'b'].map((uid) => pod(uid, 100));
    const usage = new Map(pods.map((p) => [p.uid, 54]));
    expect(cpuReplicas({ currentReplicas: 2, target: 50, pods, usage })).toMatchObject({
      replicas: 2,
      utilization: 54,
    });
  });

  it('counts a pod without metrics yet as using nothing when scaling up, and as at target when scaling down', () => {
    const pods = ['a', 'b', 'c', 'd'].map((uid) => pod(uid, 100));
    const up = new Map([
      ['a', 100],
      ['b', 100],
      ['c', 100],
    ]);
    // 3 measured at 200 % of a 50 % target want 6; the new pod at 0 % brings the ratio to 1.5 → ceil(1.5 × 4) = 6.
    expect(cpuReplicas({ currentReplicas: 4, target: 50, pods, usage: up })).toMatchObject({ replicas: 6 });
    const down = new Map([
      ['a', 10],
      ['b', 10],
      ['c', 10],
    ]);
    // 10 % each; the missing pod at 50 % makes 20 % average: ratio 0.4 → ceil(0.4 × 4) = 2.
    expect(cpuReplicas({ currentReplicas: 4, target: 50, pods, usage: down })).toMatchObject({ replicas: 2 });
  });

  it('needs a CPU request on every container: utilization is relative to it', () => {
    const pods = [pod('a', 250), pod('b', undefined)];
    expect(cpuReplicas({ currentReplicas: 2, target: 50, pods, usage: new Map([['a', 10]]) })).toEqual({
      ok: false,
      error: 'missing request for cpu in container web of Pod web-b',
    });
  });

  it('reports that no metrics came back when metrics-server has none for the pods', () => {
    expect(cpuReplicas({ currentReplicas: 1, target: 50, pods: [pod('a', 100)], usage: new Map() })).toEqual({
      ok: false,
      error: 'unable to get metrics for resource cpu: no metrics returned from resource metrics API',
    });
  });
});

describe('the HPA controller', () => {
  it('scales a Deployment up when CPU passes the target, with SuccessfulRescale', () => {
    let state = applyObject(scaledWeb(), hpa());
    state = after(load(state, 1500), 45_000);
    expect(replicas(state)).toBe(6);
    expect(events(state, 'SuccessfulRescale').map((event) => event.message)).toEqual([
      'New size: 6; reason: cpu resource utilization (percentage of request) above target',
    ]);
  });

  it('does not pass maxReplicas, and says so in ScalingLimited', () => {
    let state = applyObject(scaledWeb(), hpa(2, 5));
    state = after(load(state, 5000), 3 * 60_000);
    expect(replicas(state)).toBe(5);
    const web = state.hpas[0];
    expect(web?.conditions.find((condition) => condition.type === 'ScalingLimited')).toMatchObject({
      status: 'True',
      reason: 'TooManyReplicas',
    });
  });

  it('limits one scale-up to twice the replicas, or 4', () => {
    let state = applyObject(scaledWeb(2), hpa(1, 20));
    state = after(load(state, 8000), 20_000);
    // 2 pods at 800 % of a 50 % target want 32; one sync may go to max(2 × 2, 4) = 4.
    expect(events(state, 'SuccessfulRescale')[0]?.message).toBe(
      'New size: 4; reason: cpu resource utilization (percentage of request) above target',
    );
  });

  it('waits out the 5-minute stabilization window before scaling down, then goes to the minimum', () => {
    let state = applyObject(scaledWeb(6), hpa(2, 10));
    state = after(load(state, 100), 4 * 60_000);
    expect(replicas(state)).toBe(6);
    state = after(state, 2 * 60_000);
    expect(replicas(state)).toBe(2);
    expect(events(state, 'SuccessfulRescale').at(-1)?.message).toBe(
      'New size: 2; reason: All metrics below target',
    );
  });

  it('cannot compute a size without metrics-server (FailedGetResourceMetric), and leaves the replicas', () => {
    let state = after(
      applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 250 }))),
      30_000,
    );
    state = after(applyObject(state, hpa()), 30_000);
    expect(replicas(state)).toBe(3);
    expect(events(state, 'FailedGetResourceMetric')[0]?.message).toBe(
      'failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)',
    );
    expect(state.hpas[0]?.currentUtilization).toBeNull();
  });

  it('cannot compute utilization for pods without CPU requests', () => {
    let state = withMetricsServer(readyCluster());
    state = after(applyObject(state, deployment('web', 2, template('web'))), 60_000);
    state = after(applyObject(state, hpa(1, 5)), 30_000);
    expect(events(state, 'FailedGetResourceMetric')[0]?.message).toMatch(
      /^failed to get cpu utilization: missing request for cpu in container web of Pod web-/,
    );
    expect(state.hpas[0]?.conditions.find((condition) => condition.type === 'ScalingActive')).toMatchObject({
      status: 'False',
      reason: 'FailedGetResourceMetric',
    });
  });

  it('brings replicas below minReplicas up to it at once', () => {
    let state = applyObject(scaledWeb(1), hpa(3, 6));
    state = after(state, 20_000);
    expect(replicas(state)).toBe(3);
    expect(events(state, 'SuccessfulRescale')[0]?.message).toBe(
      'New size: 3; reason: Current number of replicas below Spec.MinReplicas',
    );
    expect(appPods(state, 'web').length).toBeGreaterThanOrEqual(3);
  });
});
