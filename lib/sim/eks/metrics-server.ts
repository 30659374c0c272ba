import type { MetricsScrape } from './autoscaling-types';
import { registered } from './pod-requests';
import { METRIC_RESOLUTION_MS } from './scaling-figures';
import type { EksState } from './types';
import { measure } from './usage';
import type { World } from './world';

/**
 * metrics-server, which EKS does not install (reference §7; EKS user guide "View resource usage
 * with the Kubernetes Metrics Server"): a Deployment in kube-system, from the example manifest or
 * the EKS add-on. While one of its pods is Ready it scrapes every kubelet each 15 s; CPU is a rate
 * between two scrapes, so a pod, or a node, has figures only once it has been seen twice.
 */

export const METRICS_SERVER_LABEL = { key: 'k8s-app', value: 'metrics-server' } as const;

type Readable = Pick<EksState, 'deployments' | 'pods'>;

/** Its Deployment exists: the metrics.k8s.io API is registered (served or not). */
export function metricsServerInstalled(state: Readable): boolean {
  return state.deployments.some(
    (deployment) =>
      deployment.namespace === 'kube-system' &&
      deployment.template.labels[METRICS_SERVER_LABEL.key] === METRICS_SERVER_LABEL.value,
  );
}

/** One of its pods is Ready: the API answers. */
export function metricsServerRunning(state: Readable): boolean {
  return state.pods.some(
    (pod) =>
      pod.namespace === 'kube-system' &&
      pod.labels[METRICS_SERVER_LABEL.key] === METRICS_SERVER_LABEL.value &&
      pod.ready &&
      pod.deletedAt === null,
  );
}

/** At each 15 s instant while metrics-server runs: the kubelets' figures for every running pod and node. */
export function scrapeMetrics(world: World): void {
  if (world.now % METRIC_RESOLUTION_MS !== 0 || world.metrics?.at === world.now) return;
  if (!metricsServerRunning(world)) {
    world.metrics = null;
    return;
  }
  const previous = world.metrics?.at === world.now - METRIC_RESOLUTION_MS ? world.metrics : null;
  const answered = world.nodes.filter(
    (node) => registered(node) && node.ready === 'True' && node.lastHeartbeat === null,
  );
  const rated = answered.filter((node) => previous?.answered.includes(node.name) === true);
  const measured = measure(world, rated);
  const since = world.now - METRIC_RESOLUTION_MS;
  const seenBefore = new Set(
    world.pods
      .filter((pod) => pod.container.state === 'running' && pod.container.since <= since)
      .map((pod) => pod.uid),
  );
  const scrape: MetricsScrape = {
    at: world.now,
    pods: measured.pods.filter((usage) => seenBefore.has(usage.uid)),
    nodes: measured.nodes,
    answered: answered.map((node) => node.name),
  };
  world.metrics = scrape;
}

/**
 * The next scrape or HPA sync: every 15 s while metrics-server is installed (or its last figures
 * are still to be dropped) or an HPA exists.
 */
export function nextMetricsAt(state: Readable & Pick<EksState, 'now' | 'hpas' | 'metrics'>): number | null {
  if (!metricsServerInstalled(state) && state.metrics === null && state.hpas.length === 0) return null;
  return (Math.floor(state.now / METRIC_RESOLUTION_MS) + 1) * METRIC_RESOLUTION_MS;
}
