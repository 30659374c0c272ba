import type { CommandError } from '../core/types';
import type { HorizontalPodAutoscaler } from './autoscaling-types';
import type { KubeObject } from './objects';
import type { World } from './world';

type HpaObject = Extract<KubeObject, { kind: 'HorizontalPodAutoscaler' }>;

/** `kubectl apply` / `kubectl autoscale` of an HPA: a new one starts with no status; a change keeps it. */
export function applyHpa(world: World, object: HpaObject): 'created' | 'configured' | 'unchanged' {
  const index = world.hpas.findIndex((hpa) => hpa.name === object.name && hpa.namespace === object.namespace);
  const existing = world.hpas[index];
  const spec = {
    name: object.name,
    namespace: object.namespace,
    target: object.target,
    minReplicas: object.minReplicas,
    maxReplicas: object.maxReplicas,
    targetCpuUtilization: object.targetCpuUtilization,
  };
  if (existing === undefined) {
    const created: HorizontalPodAutoscaler = {
      ...spec,
      createdAt: world.now,
      currentReplicas: 0,
      desiredReplicas: 0,
      currentUtilization: null,
      currentAverageCpu: null,
      lastScaleAt: null,
      lastSyncAt: null,
      recommendations: [],
      conditions: [],
    };
    world.hpas.push(created);
    return 'created';
  }
  const unchanged = (Object.keys(spec) as (keyof typeof spec)[]).every((key) => existing[key] === spec[key]);
  if (unchanged) return 'unchanged';
  world.hpas[index] = { ...existing, ...spec };
  return 'configured';
}

export function deleteHpa(world: World, name: string, namespace: string): CommandError | null {
  if (!world.hpas.some((hpa) => hpa.name === name && hpa.namespace === namespace))
    return { code: 'NotFound', message: `horizontalpodautoscalers.autoscaling "${name}" not found` };
  world.hpas = world.hpas.filter((hpa) => !(hpa.name === name && hpa.namespace === namespace));
  return null;
}
