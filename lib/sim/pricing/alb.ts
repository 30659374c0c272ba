import type { PriceList } from './price-list';

/**
 * Application Load Balancer, us-east-1: an hourly charge per load balancer plus LCU-hours. One
 * LCU holds, per hour, 25 new connections a second, 3,000 active connections a minute, 1 GB
 * processed for EC2, container or IP targets (0.4 GB for Lambda targets) and 1,000 rule
 * evaluations a second (the first 10 rules are free); you pay for the dimension that uses most.
 * Figures from the official page's US East worked examples, as transcribed on 2026-09-20 by a
 * third party that quotes the page verbatim.
 */
export const ALB_PRICE_LIST: PriceList = {
  id: 'alb',
  title: 'Application Load Balancer',
  region: 'us-east-1',
  currency: 'USD',
  sourceUrl: 'https://aws.amazon.com/elasticloadbalancing/pricing/',
  asOf: '2026-09-20',
  readFrom: 'a verbatim third-party transcription of the official page (api-evangelist, read 2026-09-20)',
  confirmed: false,
};

export const ALB_PRICES = {
  /** USD per load balancer-hour (or partial hour). */
  hourly: 0.0225,
  /** USD per LCU-hour. */
  lcuHour: 0.008,
} as const;

/** What one LCU holds in each dimension. */
export const LCU_CAPACITY = {
  newConnectionsPerSecond: 25,
  activeConnectionsPerMinute: 3000,
  processedGbPerHourInstanceTargets: 1,
  processedGbPerHourLambdaTargets: 0.4,
  ruleEvaluationsPerSecond: 1000,
} as const;

export interface AlbTraffic {
  readonly newConnectionsPerSecond: number;
  readonly activeConnectionsPerMinute: number;
  /** GB processed per hour, to and from EC2, container or IP targets. */
  readonly processedGbPerHour: number;
  /** Rule evaluations a second beyond the 10 free rules. */
  readonly ruleEvaluationsPerSecond: number;
}

/** LCUs used: the largest of the four dimensions, each divided by what one LCU holds. */
export function lcus(traffic: AlbTraffic): number {
  return Math.max(
    traffic.newConnectionsPerSecond / LCU_CAPACITY.newConnectionsPerSecond,
    traffic.activeConnectionsPerMinute / LCU_CAPACITY.activeConnectionsPerMinute,
    traffic.processedGbPerHour / LCU_CAPACITY.processedGbPerHourInstanceTargets,
    traffic.ruleEvaluationsPerSecond / LCU_CAPACITY.ruleEvaluationsPerSecond,
  );
}

/** USD per hour for one ALB carrying `traffic`: the hourly charge plus its LCUs. */
export function albHourly(traffic: AlbTraffic): number {
  return ALB_PRICES.hourly + lcus(traffic) * ALB_PRICES.lcuHour;
}
