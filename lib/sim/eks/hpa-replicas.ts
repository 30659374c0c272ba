import { HPA_TOLERANCE } from './scaling-figures';
import type { Pod } from './types';

/**
 * The HPA's replica calculator for CPU utilization (kubernetes pkg/controller/podautoscaler
 * replica_calculator.go; the algorithm in the Kubernetes docs, "Horizontal Pod Autoscaling"):
 * utilization is the pods' usage over their CPU requests; desired = ceil(ready pods × utilization ÷
 * target), unless the ratio is within the 10 % tolerance. Deleted and failed pods are ignored;
 * Pending and un-Ready pods, and pods without metrics yet, are set aside, then counted
 * conservatively (missing pods at 100 % of target when scaling down and 0 % when scaling up,
 * un-Ready pods at 0 % when scaling up), and a recount that reverses the direction cancels it.
 */

export type CpuProposal =
  | {
      readonly ok: true;
      readonly replicas: number;
      /** The average utilization of the measured pods, percent of request (what the status reports). */
      readonly utilization: number;
      /** Their average usage, millicores. */
      readonly averageCpu: number;
    }
  | { readonly ok: false; readonly error: string };

function ratio(
  usage: ReadonlyMap<string, number>,
  requests: ReadonlyMap<string, number>,
  target: number,
): { ratio: number; utilization: number; average: number } {
  let used = 0;
  let requested = 0;
  let count = 0;
  for (const [uid, value] of usage) {
    const request = requests.get(uid);
    if (request === undefined) continue;
    used += value;
    requested += request;
    count += 1;
  }
  const utilization = requested === 0 ? 0 : Math.floor((used * 100) / requested);
  return { ratio: utilization / target, utilization, average: count === 0 ? 0 : Math.floor(used / count) };
}

export function cpuReplicas(input: {
  readonly currentReplicas: number;
  readonly target: number;
  readonly pods: readonly Pod[];
  /** CPU usage by pod uid, as metrics-server last reported it. */
  readonly usage: ReadonlyMap<string, number>;
}): CpuProposal {
  const { currentReplicas, target, pods } = input;
  const metrics = new Map([...input.usage].filter(([uid]) => pods.some((pod) => pod.uid === uid)));
  if (metrics.size === 0)
    return {
      ok: false,
      error: 'unable to get metrics for resource cpu: no metrics returned from resource metrics API',
    };
  const requests = new Map<string, number>();
  for (const pod of pods) {
    let sum = 0;
    for (const container of pod.spec.containers) {
      if (container.requests.cpu === undefined)
        return {
          ok: false,
          error: `missing request for cpu in container ${container.name} of Pod ${pod.name}`,
        };
      sum += container.requests.cpu;
    }
    requests.set(pod.uid, sum);
  }
  const unready: string[] = [];
  const missing: string[] = [];
  let readyCount = 0;
  for (const pod of pods) {
    if (pod.deletedAt !== null || pod.phase === 'Failed') metrics.delete(pod.uid);
    else if (pod.phase === 'Pending' || !pod.ready) {
      unready.push(pod.uid);
      metrics.delete(pod.uid);
    } else if (!metrics.has(pod.uid)) missing.push(pod.uid);
    else readyCount += 1;
  }
  if (metrics.size === 0)
    return { ok: false, error: 'did not receive metrics for targeted pods (pods might be unready)' };
  const first = ratio(metrics, requests, target);
  const result = (replicas: number) =>
    ({ ok: true, replicas, utilization: first.utilization, averageCpu: first.average }) as const;
  const scaleUpWithUnready = unready.length > 0 && first.ratio > 1;
  if (!scaleUpWithUnready && missing.length === 0) {
    if (Math.abs(1 - first.ratio) <= HPA_TOLERANCE) return result(currentReplicas);
    return result(Math.ceil(first.ratio * readyCount));
  }
  for (const uid of missing)
    metrics.set(uid, first.ratio < 1 ? ((requests.get(uid) ?? 0) * target) / 100 : 0);
  if (scaleUpWithUnready) for (const uid of unready) metrics.set(uid, 0);
  const second = ratio(metrics, requests, target).ratio;
  if (
    Math.abs(1 - second) <= HPA_TOLERANCE ||
    (first.ratio < 1 && second > 1) ||
    (first.ratio > 1 && second < 1)
  )
    return result(currentReplicas);
  const replicas = Math.ceil(second * metrics.size);
  if ((second < 1 && replicas > currentReplicas) || (second > 1 && replicas < currentReplicas))
    return result(currentReplicas);
  return result(replicas);
}
