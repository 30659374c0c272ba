import type { HorizontalPodAutoscaler } from '../../sim/eks/autoscaling-types';
import type { EksState } from '../../sim/eks/types';
import { humanDuration } from './kubectl-age';
import type { Listing } from './kubectl-listing-types';
import { timestamp } from './kubectl-objects';
import type { ResourceType } from './kubectl-resources';

/** `kubectl get hpa`: kubectl's printHorizontalPodAutoscaler columns, TARGETS as `cpu: 80%/50%`. */

export function hpaTargets(hpa: HorizontalPodAutoscaler): string {
  const current = hpa.currentUtilization === null ? '<unknown>' : `${hpa.currentUtilization}%`;
  return `cpu: ${current}/${hpa.targetCpuUtilization}%`;
}

/** The object as `kubectl get hpa -o yaml` shows it (autoscaling/v2). */
export function hpaObject(hpa: HorizontalPodAutoscaler) {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: hpa.name, namespace: hpa.namespace, creationTimestamp: timestamp(hpa.createdAt) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: hpa.target },
      minReplicas: hpa.minReplicas,
      maxReplicas: hpa.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: {
            name: 'cpu',
            target: { type: 'Utilization', averageUtilization: hpa.targetCpuUtilization },
          },
        },
      ],
    },
    status: {
      currentReplicas: hpa.currentReplicas,
      desiredReplicas: hpa.desiredReplicas,
      ...(hpa.lastScaleAt === null ? {} : { lastScaleTime: timestamp(hpa.lastScaleAt) }),
      ...(hpa.currentUtilization === null
        ? {}
        : {
            currentMetrics: [
              {
                type: 'Resource',
                resource: {
                  name: 'cpu',
                  current: {
                    averageUtilization: hpa.currentUtilization,
                    averageValue: `${hpa.currentAverageCpu ?? 0}m`,
                  },
                },
              },
            ],
          }),
      conditions: hpa.conditions.map((condition) => ({ ...condition })),
    },
  };
}

export function autoscalingListing(state: EksState, type: ResourceType): Listing | null {
  if (type !== 'horizontalpodautoscalers') return null;
  return {
    namespaced: true,
    headers: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
    wideHeaders: [],
    rows: state.hpas.map((hpa) => ({
      name: hpa.name,
      namespace: hpa.namespace,
      cells: [
        hpa.name,
        `Deployment/${hpa.target}`,
        hpaTargets(hpa),
        String(hpa.minReplicas),
        String(hpa.maxReplicas),
        String(hpa.currentReplicas),
        humanDuration(state.now - hpa.createdAt),
      ],
      wide: [],
      object: hpaObject(hpa),
    })),
  };
}
