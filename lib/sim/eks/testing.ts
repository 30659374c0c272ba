import type { Step } from '../core/types';
import type { EksCommand } from './commands';
import { eksEngine } from './engine';
import type { KubeObject } from './objects';
import type { EksState, PodTemplate } from './types';

/** Test helpers: a cluster with Ready nodes, and manifests in their validated form. */

export function run(state: EksState, command: EksCommand): Step<EksState> {
  return eksEngine.apply(state, command);
}

export function after(state: EksState, ms: number): EksState {
  return eksEngine.tick(state, ms).state;
}

/** A cluster, ACTIVE, with one managed node group whose nodes have joined and whose add-ons run. */
export function readyCluster(
  seed = 1,
  options: { nodes?: number; instanceType?: string; taints?: EksState['nodes'][number]['taints'] } = {},
): EksState {
  let state = eksEngine.init(seed);
  state = run(state, { type: 'CreateCluster', name: 'demo' }).state;
  state = run(state, { type: 'UpdateKubeconfig', name: 'demo' }).state;
  state = run(state, {
    type: 'CreateNodegroup',
    clusterName: 'demo',
    nodegroupName: 'workers',
    instanceType: options.instanceType ?? 'm5.large',
    desiredSize: options.nodes ?? 3,
    minSize: 1,
    maxSize: 10,
    labels: {},
    taints: options.taints ?? [],
    zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  }).state;
  return after(state, 12 * 60_000);
}

export function template(
  app: string,
  options: { cpu?: number; memory?: number; image?: string; nodeSelector?: Record<string, string> } = {},
): PodTemplate {
  const requests: { cpu?: number; memory?: number } = {};
  if (options.cpu !== undefined) requests.cpu = options.cpu;
  if (options.memory !== undefined) requests.memory = options.memory;
  return {
    labels: { app },
    spec: {
      containers: [{ name: app, image: options.image ?? 'nginx:1.27', requests, limits: {} }],
      nodeSelector: options.nodeSelector ?? {},
      tolerations: [],
    },
  };
}

export function deployment(
  name: string,
  replicas: number,
  podTemplate: PodTemplate = template(name),
): KubeObject {
  return {
    kind: 'Deployment',
    name,
    namespace: 'default',
    replicas,
    selector: podTemplate.labels,
    template: podTemplate,
  };
}

export const appPods = (state: EksState, app: string) =>
  state.pods.filter((pod) => pod.namespace === 'default' && pod.labels['app'] === app);

/** Applies a validated object (`kubectl apply`), returning the state after it. */
export function applyObject(state: EksState, object: KubeObject): EksState {
  return run(state, { type: 'Apply', object }).state;
}
