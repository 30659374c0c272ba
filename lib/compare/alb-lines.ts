import { ALB_PRICES, lcus } from '../sim/pricing/alb';
import type { CostLine } from './types';
import { WORKLOAD } from './workload';

/** The ALB's traffic for `rps` requests a second of the workload (active connections not modelled). */
export function albTraffic(rps: number) {
  return {
    newConnectionsPerSecond: rps / WORKLOAD.requestsPerConnection,
    activeConnectionsPerMinute: 0,
    processedGbPerHour: (rps * WORKLOAD.bytesPerRequest * 3600) / 1e9,
    ruleEvaluationsPerSecond: 0,
  };
}

/** One Application Load Balancer in front of the app: its hourly charge and its LCUs, per minute. */
export function albLines(load: readonly number[]): CostLine[] {
  return [
    { key: 'alb-hours', label: 'Load balancer hours', perMinute: load.map(() => ALB_PRICES.hourly / 60) },
    {
      key: 'alb-lcus',
      label: 'Load balancer LCUs',
      perMinute: load.map((rps) => (lcus(albTraffic(rps)) * ALB_PRICES.lcuHour) / 60),
    },
  ];
}
