import type { HorizontalPodAutoscaler, HpaCondition, HpaRecommendation } from './autoscaling-types';
import { cpuReplicas } from './hpa-replicas';
import { metricsServerInstalled, metricsServerRunning } from './metrics-server';
import { matchesSelector } from './pod-requests';
import {
  HPA_DOWNSCALE_STABILIZATION_MS,
  HPA_SCALE_UP_FACTOR,
  HPA_SCALE_UP_MINIMUM,
  HPA_SYNC_PERIOD_MS,
} from './scaling-figures';
import type { Deployment } from './types';
import { recordEvent, type World } from './world';

/**
 * The horizontal pod autoscaling controller in kube-controller-manager (kubernetes
 * pkg/controller/podautoscaler/horizontal.go), every 15 s: it reads the target's scale, asks the
 * replica calculator for a size from CPU utilization, keeps the highest recommendation of the last
 * 5 minutes (so it scales down slowly), limits a scale-up to double or 4 pods, clamps to min and
 * max, and sets the Deployment's replicas, with kubectl describe's conditions and events.
 */

const SOURCE = 'horizontal-pod-autoscaler';
const METRIC_NAME = 'cpu resource utilization (percentage of request)';

function setCondition(conditions: HpaCondition[], condition: HpaCondition): void {
  const index = conditions.findIndex((existing) => existing.type === condition.type);
  if (index >= 0) conditions[index] = condition;
  else conditions.push(condition);
}

/** A warning the controller repeats each sync: counted on the same event, logged once. */
function warn(world: World, hpa: HorizontalPodAutoscaler, reason: string, message: string): void {
  const object = `horizontalpodautoscaler/${hpa.name}`;
  const index = world.kubeEvents.findLastIndex(
    (event) =>
      event.object === object &&
      event.namespace === hpa.namespace &&
      event.reason === reason &&
      event.message === message,
  );
  const last = world.kubeEvents[index];
  if (last !== undefined && last.lastAt >= world.now - 2 * HPA_SYNC_PERIOD_MS) {
    world.kubeEvents[index] = { ...last, count: last.count + 1, lastAt: world.now };
    return;
  }
  recordEvent(world, { type: 'Warning', reason, object, namespace: hpa.namespace, source: SOURCE, message });
}

/** Why metrics cannot be read, as the resource metrics client words it, or null when they can. */
function metricsApiError(world: World): string | null {
  if (!metricsServerInstalled(world))
    return 'unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)';
  if (!metricsServerRunning(world))
    return 'unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server is currently unable to handle the request (get pods.metrics.k8s.io)';
  return null;
}

/** The highest recommendation within the stabilization window, and the window with this one recorded. */
function stabilize(
  recommendations: readonly HpaRecommendation[],
  now: number,
  replicas: number,
): { replicas: number; kept: HpaRecommendation[] } {
  const cutoff = now - HPA_DOWNSCALE_STABILIZATION_MS;
  const kept = recommendations.filter((entry) => entry.at >= cutoff);
  const highest = Math.max(replicas, ...kept.map((entry) => entry.replicas));
  return { replicas: highest, kept: [...kept, { at: now, replicas }] };
}

/** convertDesiredReplicasWithRules: min, max and the scale-up limit, with the ScalingLimited condition. */
function limit(current: number, desired: number, hpa: HorizontalPodAutoscaler): [number, HpaCondition] {
  const scaleUpLimit = Math.max(HPA_SCALE_UP_FACTOR * current, HPA_SCALE_UP_MINIMUM);
  const [maximum, reason, message] =
    hpa.maxReplicas > scaleUpLimit
      ? [
          scaleUpLimit,
          'ScaleUpLimit',
          'the desired replica count is increasing faster than the maximum scale rate',
        ]
      : [
          hpa.maxReplicas,
          'TooManyReplicas',
          'the desired replica count is more than the maximum replica count',
        ];
  const limited = (value: number, why: string, text: string): [number, HpaCondition] => [
    value,
    { type: 'ScalingLimited', status: value === desired ? 'False' : 'True', reason: why, message: text },
  ];
  if (desired < hpa.minReplicas)
    return limited(
      hpa.minReplicas,
      'TooFewReplicas',
      'the desired replica count is less than the minimum replica count',
    );
  if (desired > maximum) return limited(maximum, reason, message);
  return limited(desired, 'DesiredWithinRange', 'the desired count is within the acceptable range');
}

function targetPods(world: World, deployment: Deployment) {
  return world.pods.filter(
    (pod) => pod.namespace === deployment.namespace && matchesSelector(pod.labels, deployment.selector),
  );
}

function sync(world: World, hpa: HorizontalPodAutoscaler): HorizontalPodAutoscaler {
  const conditions = [...hpa.conditions];
  const deployment = world.deployments.find((d) => d.name === hpa.target && d.namespace === hpa.namespace);
  if (deployment === undefined) {
    const error = `deployments/scale.apps "${hpa.target}" not found`;
    warn(world, hpa, 'FailedGetScale', error);
    setCondition(conditions, {
      type: 'AbleToScale',
      status: 'False',
      reason: 'FailedGetScale',
      message: `the HPA controller was unable to get the target's current scale: ${error}`,
    });
    return { ...hpa, conditions, lastSyncAt: world.now };
  }
  setCondition(conditions, {
    type: 'AbleToScale',
    status: 'True',
    reason: 'SucceededGetScale',
    message: "the HPA controller was able to get the target's current scale",
  });
  const current = deployment.replicas;
  const pods = targetPods(world, deployment);
  const statusReplicas = pods.filter((pod) => pod.deletedAt === null).length;
  let recommendations =
    hpa.recommendations.length === 0 ? [{ at: world.now, replicas: current }] : hpa.recommendations;
  let desired = current;
  let reason = '';
  let disabled = false;
  let utilization = hpa.currentUtilization;
  let averageCpu = hpa.currentAverageCpu;
  if (current === 0 && hpa.minReplicas !== 0) {
    disabled = true;
    setCondition(conditions, {
      type: 'ScalingActive',
      status: 'False',
      reason: 'ScalingDisabled',
      message: 'scaling is disabled since the replica count of the target is zero',
    });
  } else if (current > hpa.maxReplicas) {
    desired = hpa.maxReplicas;
    reason = 'Current number of replicas above Spec.MaxReplicas';
  } else if (current < hpa.minReplicas) {
    desired = hpa.minReplicas;
    reason = 'Current number of replicas below Spec.MinReplicas';
  } else {
    const usage = new Map((world.metrics?.pods ?? []).map((entry) => [entry.uid, entry.cpu]));
    const apiError = metricsApiError(world);
    const proposal =
      apiError === null
        ? cpuReplicas({ currentReplicas: current, target: hpa.targetCpuUtilization, pods, usage })
        : { ok: false as const, error: apiError };
    if (!proposal.ok) {
      const error = `failed to get cpu utilization: ${proposal.error}`;
      warn(world, hpa, 'FailedGetResourceMetric', error);
      warn(
        world,
        hpa,
        'FailedComputeMetricsReplicas',
        `invalid metrics (1 invalid out of 1), first error is: failed to get cpu resource metric value: ${error}`,
      );
      setCondition(conditions, {
        type: 'ScalingActive',
        status: 'False',
        reason: 'FailedGetResourceMetric',
        message: `the HPA was unable to compute the replica count: ${error}`,
      });
      return {
        ...hpa,
        conditions,
        currentReplicas: statusReplicas,
        currentUtilization: null,
        currentAverageCpu: null,
        recommendations,
        lastSyncAt: world.now,
      };
    }
    utilization = proposal.utilization;
    averageCpu = proposal.averageCpu;
    setCondition(conditions, {
      type: 'ScalingActive',
      status: 'True',
      reason: 'ValidMetricFound',
      message: `the HPA was able to successfully calculate a replica count from ${METRIC_NAME}`,
    });
    if (proposal.replicas > current) reason = `${METRIC_NAME} above target`;
    if (proposal.replicas < current) reason = 'All metrics below target';
    const stabilized = stabilize(recommendations, world.now, proposal.replicas);
    recommendations = stabilized.kept;
    setCondition(
      conditions,
      stabilized.replicas !== proposal.replicas
        ? {
            type: 'AbleToScale',
            status: 'True',
            reason: 'ScaleDownStabilized',
            message:
              'recent recommendations were higher than current one, applying the highest recent recommendation',
          }
        : {
            type: 'AbleToScale',
            status: 'True',
            reason: 'ReadyForNewScale',
            message: 'recommended size matches current size',
          },
    );
    const [limited, condition] = limit(current, stabilized.replicas, hpa);
    setCondition(conditions, condition);
    desired = limited;
  }
  // As upstream: the reason comes from the metric's proposal, the size from the stabilized, limited one.
  const rescale = !disabled && desired !== current;
  if (rescale) {
    world.deployments = world.deployments.map((d) => (d === deployment ? { ...d, replicas: desired } : d));
    setCondition(conditions, {
      type: 'AbleToScale',
      status: 'True',
      reason: 'SucceededRescale',
      message: `the HPA controller was able to update the target scale to ${desired}`,
    });
    recordEvent(world, {
      type: 'Normal',
      reason: 'SuccessfulRescale',
      object: `horizontalpodautoscaler/${hpa.name}`,
      namespace: hpa.namespace,
      source: SOURCE,
      message: `New size: ${desired}; reason: ${reason}`,
      kind: 'hpa-rescaled',
    });
  }
  return {
    ...hpa,
    conditions,
    currentReplicas: statusReplicas,
    desiredReplicas: rescale ? desired : current,
    currentUtilization: utilization,
    currentAverageCpu: averageCpu,
    recommendations,
    lastScaleAt: rescale ? world.now : hpa.lastScaleAt,
    lastSyncAt: world.now,
  };
}

/** Every HPA, at each 15 s sync instant (after metrics-server's scrape at the same instant). */
export function runHorizontalPodAutoscalers(world: World): void {
  if (world.now % HPA_SYNC_PERIOD_MS !== 0 || world.hpas.length === 0) return;
  world.hpas = world.hpas.map((hpa) => (hpa.lastSyncAt === world.now ? hpa : sync(world, hpa)));
}
