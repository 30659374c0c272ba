/**
 * The scaling rules, as pure functions of the load, one value per minute. Each is built from
 * minimums, maximums and ceilings of the load, so more load never gives fewer replicas: the
 * property tests rely on it.
 */

/** A target-tracking rule on average CPU: ECS Service Auto Scaling, Express Mode, or the HPA. */
export interface TrackingRule {
  /** Requests per second one replica serves at 100 % CPU. */
  readonly perReplicaRps: number;
  /** The CPU utilization the rule keeps replicas at, percent. */
  readonly targetPercent: number;
  readonly min: number;
  readonly max: number;
  /** Minutes the metric must stay above the target before scaling out (ECS: 3 datapoints; HPA: 1). */
  readonly outMinutes: number;
  /** Minutes of lower load before scaling in (ECS: 15 datapoints; HPA: 5-minute stabilization). */
  readonly inMinutes: number;
}

const EPSILON = 1e-9;

function at(series: readonly number[], minute: number): number {
  return series[Math.max(0, Math.min(series.length - 1, minute))] ?? 0;
}

/** The smallest value in the `width` minutes ending at `minute` (before midnight: the first minute). */
export function windowMin(series: readonly number[], minute: number, width: number): number {
  let low = Infinity;
  for (let k = 0; k < width; k += 1) low = Math.min(low, at(series, minute - k));
  return low;
}

/** The largest value in the `width` minutes ending at `minute`. */
export function windowMax(series: readonly number[], minute: number, width: number): number {
  let high = -Infinity;
  for (let k = 0; k < width; k += 1) high = Math.max(high, at(series, minute - k));
  return high;
}

/** A whole count that covers `value`, ignoring rounding noise (5.0000000001 is 5). */
export function cover(value: number): number {
  return Math.max(0, Math.ceil(value - EPSILON));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Replicas a target-tracking rule asks for each minute. Replicas needed at the target:
 * load ÷ (per-replica capacity × target). It scales out to what the quietest of the last
 * `outMinutes` needed, but one step can grow by at most 100 ÷ target (CPU cannot read above
 * 100 %, so ceil(replicas × 100 ÷ target) is all a saturated service asks for); it scales in
 * only to what the busiest of the last `inMinutes` needed. The day starts in the steady state of
 * its first minute. Simplified: cooldowns, the HPA's 10 % tolerance and ECS's 90 % scale-in
 * threshold are left out.
 */
export function trackedReplicas(load: readonly number[], rule: TrackingRule): number[] {
  const target = rule.targetPercent / 100;
  const need = load.map((rps) => rps / (rule.perReplicaRps * target));
  let current = clamp(cover(at(need, 0)), rule.min, rule.max);
  return need.map((_, minute) => {
    const outTo = Math.min(cover(windowMin(need, minute, rule.outMinutes)), cover(current / target));
    const inTo = cover(windowMax(need, minute, rule.inMinutes));
    current = clamp(Math.max(outTo, Math.min(current, inTo)), rule.min, rule.max);
    return current;
  });
}

/** Of the replicas asked for, those started `delayMinutes` ago or earlier (the day starts steady). */
export function readyAfter(replicas: readonly number[], delayMinutes: number): number[] {
  return replicas.map((count, minute) => Math.min(count, at(replicas, minute - delayMinutes)));
}

/**
 * EC2 hosts under the replicas: enough to hold every replica asked for in the last `inMinutes`
 * (hosts are removed only once they have been unneeded that long), never fewer than `minHosts`.
 */
export function hostsFor(
  replicas: readonly number[],
  perHost: number,
  minHosts: number,
  inMinutes: number,
): number[] {
  return replicas.map((_, minute) =>
    Math.max(minHosts, cover(windowMax(replicas, minute, inMinutes) / perHost)),
  );
}

/** Requests answered each minute: the load, up to what the ready replicas serve at 100 % CPU. */
export function served(load: readonly number[], ready: readonly number[], perReplicaRps: number): number[] {
  return load.map((rps, minute) => Math.min(rps, at(ready, minute) * perReplicaRps));
}
