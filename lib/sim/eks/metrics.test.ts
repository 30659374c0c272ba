import { describe, expect, it } from 'vitest';
import { metricsServerDeployment } from './addons';
import { eksEngine } from './engine';
import { METRIC_RESOLUTION_MS } from './scaling-figures';
import { after, appPods, applyObject, deployment, readyCluster, run, template } from './testing';
import type { EksState } from './types';
import { measure, podDemand } from './usage';

/**
 * metrics-server and the load behind it. metrics-server scrapes each kubelet every 15 s
 * (`--metric-resolution=15s`) and reports CPU as a rate between two scrapes (metrics-server FAQ:
 * "How CPU usage is calculated?"), memory as the working set at the scrape.
 */

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

const webPods = (state: EksState) => appPods(state, 'web').filter((pod) => pod.deletedAt === null);

describe('metrics-server', () => {
  it('scrapes at every 15 s instant, and a pod has figures only from its second scrape', () => {
    let state = withMetricsServer(readyCluster());
    state = after(state, 30_000);
    expect(state.metrics?.at).toBe(Math.floor(state.now / METRIC_RESOLUTION_MS) * METRIC_RESOLUTION_MS);
    state = applyObject(state, deployment('web', 2, template('web', { cpu: 250 })));
    const next = eksEngine.nextChangeAt(state);
    expect(next).not.toBeNull();
    state = after(state, 16_000);
    const started = webPods(state).every((pod) => pod.container.state === 'running');
    expect(started).toBe(true);
    const uids = webPods(state).map((pod) => pod.uid);
    expect(state.metrics?.pods.filter((usage) => uids.includes(usage.uid))).toEqual([]);
    state = after(state, 30_000);
    expect(state.metrics?.pods.filter((usage) => uids.includes(usage.uid))).toHaveLength(2);
  });

  it('stops scraping (and forgets) when its pod is gone, and nothing is scheduled once it is uninstalled', () => {
    let state = after(withMetricsServer(readyCluster()), 60_000);
    expect(state.metrics).not.toBeNull();
    state = run(state, {
      type: 'Delete',
      kind: 'Deployment',
      name: 'metrics-server',
      namespace: 'kube-system',
    }).state;
    state = after(state, 60_000);
    expect(state.metrics).toBeNull();
  });
});

describe('chaos load and what pods use', () => {
  it('shares the requests per second among the Ready pods: 1,500 over 3 nginx pods is 250m each', () => {
    let state = after(
      applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 250 }))),
      30_000,
    );
    state = run(state, { type: 'SetLoad', deployment: 'web', namespace: 'default', rps: 1500 }).state;
    const usage = measure(state, state.nodes).pods.filter((entry) =>
      webPods(state).some((pod) => pod.uid === entry.uid),
    );
    expect(usage).toHaveLength(3);
    for (const entry of usage) expect(entry.cpu).toBeGreaterThanOrEqual(250);
    for (const entry of usage) expect(entry.cpu).toBeLessThanOrEqual(252);
  });

  it('throttles a container at its CPU limit', () => {
    const state = after(
      applyObject(readyCluster(), deployment('web', 1, template('web', { cpu: 100 }))),
      30_000,
    );
    const [pod] = webPods(state);
    if (pod === undefined) throw new Error('no pod');
    const limited = {
      ...pod,
      spec: {
        ...pod.spec,
        containers: pod.spec.containers.map((container) => ({ ...container, limits: { cpu: 200 } })),
      },
    };
    expect(podDemand(limited, 10_000, state.now).cpu).toBeLessThanOrEqual(201);
    expect(podDemand(pod, 10_000, state.now).cpu).toBeGreaterThanOrEqual(5000);
  });

  it('keeps a node to its CPU: pods wanting more share what there is', () => {
    let state = after(
      applyObject(readyCluster(1, { nodes: 1 }), deployment('web', 2, template('web', { cpu: 100 }))),
      30_000,
    );
    state = run(state, { type: 'SetLoad', deployment: 'web', namespace: 'default', rps: 100_000 }).state;
    const [node] = state.nodes;
    if (node === undefined) throw new Error('no node');
    const measured = measure(state, [node]);
    expect(measured.nodes[0]?.cpu).toBeLessThanOrEqual(node.capacity.cpu + 2);
  });

  it('refuses load on a Deployment that does not exist', () => {
    const step = run(readyCluster(), { type: 'SetLoad', deployment: 'nope', namespace: 'default', rps: 10 });
    expect(step.error).toEqual({ code: 'NotFound', message: 'deployments.apps "nope" not found' });
  });

  it('grows the working set of an image that leaks memory, up to its limit', () => {
    const leaky = {
      labels: { app: 'web' },
      spec: {
        containers: [
          {
            name: 'web',
            image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.7.0',
            requests: {},
            limits: { memory: 512 },
          },
        ],
        nodeSelector: {},
        tolerations: [],
      },
    };
    const state = after(applyObject(readyCluster(), deployment('web', 1, leaky)), 30_000);
    const [pod] = webPods(state);
    if (pod === undefined) throw new Error('no pod');
    const early = podDemand(pod, 0, state.now).memory;
    const later = podDemand(pod, 0, state.now + 5 * 60_000).memory;
    expect(later).toBeGreaterThan(early);
    expect(podDemand(pod, 0, state.now + 600 * 60_000).memory).toBeLessThanOrEqual(512 + 3);
  });
});
