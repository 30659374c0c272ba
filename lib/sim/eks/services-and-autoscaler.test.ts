import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifest';
import { serviceEndpoints } from './services';
import { EKS_EXAMPLE_FILES } from './example-files';
import { after, appPods, applyObject, deployment, readyCluster, template } from './testing';
import type { EksState } from './types';

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
    let state = applyObject(readyCluster(), deployment('web', 3, template('web', { cpu: 100 })));
    state = applyObject(state, service('ClusterIP'));
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
      applyObject(applyObject(state, deployment('unready', 2, unready)), service('ClusterIP', 'unready')),
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
    let state = applyObject(readyCluster(), service('LoadBalancer'));
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
    return after(applyObject(state, parsed.objects[0]!), 30_000);
  };
  const pending = (state: EksState) => appPods(state, 'web').filter((pod) => pod.nodeName === null);

  it('does nothing until installed; then adds nodes for the pods that wait, within the group’s maximum', () => {
    let state = after(
      applyObject(readyCluster(1, { nodes: 2 }), deployment('web', 20, template('web', { cpu: 250 }))),
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
      applyObject(readyCluster(1, { nodes: 2 }), deployment('huge', 1, template('huge', { memory: 64_000 }))),
    );
    const event = state.kubeEvents.find((candidate) => candidate.reason === 'NotTriggerScaleUp');
    expect(event?.message).toMatch(/^pod didn't trigger scale-up: /);
    expect(state.nodegroups[0]?.desiredSize).toBe(2);
  });
});
