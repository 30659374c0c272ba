import type { KubeObject } from './objects';
import { Invalid, isObject, type Json } from './manifest-values';

/**
 * A HorizontalPodAutoscaler (autoscaling/v2) from a manifest, checked as the API server checks it
 * (ValidateHorizontalPodAutoscalerSpec). Without `metrics` the API server defaults to 80 % average
 * CPU utilization. The simulator scales Deployments on CPU utilization; other targets and metric
 * types are valid Kubernetes it refuses in Dockyard's words.
 */

/** What the controller uses when an HPA names no metric (autoscaling/v2 defaulting). */
export const DEFAULT_CPU_UTILIZATION = 80;

const integer = (value: Json | undefined): value is number =>
  typeof value === 'number' && Number.isInteger(value);

function cpuTarget(metrics: Json | undefined): number {
  if (metrics === undefined || (Array.isArray(metrics) && metrics.length === 0))
    return DEFAULT_CPU_UTILIZATION;
  if (!Array.isArray(metrics) || metrics.length > 1)
    throw new Error(
      'Dockyard: this simulator autoscales on one metric, CPU utilization (type: Resource, resource.name: cpu, target.type: Utilization).',
    );
  const [metric] = metrics;
  const item = isObject(metric) ? metric : {};
  const resource = isObject(item['resource']) ? item['resource'] : {};
  const target = isObject(resource['target']) ? resource['target'] : {};
  if (item['type'] === undefined)
    throw new Invalid('spec.metrics[0].type: Required value: must specify a metric source type');
  if (item['type'] !== 'Resource' || resource['name'] !== 'cpu' || target['type'] !== 'Utilization')
    throw new Error(
      `Dockyard: this simulator autoscales on CPU utilization only (type: Resource, resource.name: cpu, target.type: Utilization); the metric here is valid Kubernetes it does not simulate.`,
    );
  const utilization = target['averageUtilization'];
  if (!integer(utilization) || utilization <= 0)
    throw new Invalid(
      `spec.metrics[0].resource.target.averageUtilization: Invalid value: ${JSON.stringify(utilization ?? 0)}: must be greater than 0`,
    );
  return utilization;
}

export function parseHpa(name: string, namespace: string, spec: Record<string, Json>): KubeObject {
  const ref = isObject(spec['scaleTargetRef']) ? spec['scaleTargetRef'] : {};
  if (typeof ref['kind'] !== 'string' || ref['kind'] === '')
    throw new Invalid('spec.scaleTargetRef.kind: Required value');
  if (typeof ref['name'] !== 'string' || ref['name'] === '')
    throw new Invalid('spec.scaleTargetRef.name: Required value');
  if (ref['kind'] !== 'Deployment')
    throw new Error(
      `Dockyard: this simulator autoscales Deployments; a ${ref['kind']} target is valid Kubernetes it does not simulate.`,
    );
  const min = spec['minReplicas'] ?? 1;
  const max = spec['maxReplicas'] ?? 0;
  if (!integer(min) || min < 1)
    throw new Invalid(
      `spec.minReplicas: Invalid value: ${JSON.stringify(min)}: must be greater than or equal to 1`,
    );
  if (!integer(max) || max < 1)
    throw new Invalid(`spec.maxReplicas: Invalid value: ${JSON.stringify(max)}: must be greater than 0`);
  if (max < min)
    throw new Invalid(
      `spec.maxReplicas: Invalid value: ${max}: must be greater than or equal to \`minReplicas\``,
    );
  if (spec['behavior'] !== undefined)
    throw new Error(
      'Dockyard: spec.behavior is valid Kubernetes, but this simulator runs the default scaling behavior only (scale up to at most twice the replicas, or 4, per sync; scale down after a 300 s stabilization window).',
    );
  return {
    kind: 'HorizontalPodAutoscaler',
    name,
    namespace,
    target: ref['name'],
    minReplicas: Math.min(min, 1000),
    maxReplicas: Math.min(max, 1000),
    targetCpuUtilization: Math.min(cpuTarget(spec['metrics']), 10_000),
  };
}
