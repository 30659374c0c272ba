import { FARGATE_PRICES_AS_OF, FARGATE_RATES } from '../ecs/fargate/prices';
import { HOUR_SECONDS, type PriceList } from './price-list';

/**
 * AWS Fargate on-demand, Linux/x86, us-east-1 (reference §6): per vCPU-hour and per GB-hour of
 * the task size requested, billed per second from the start of the image pull until the task
 * stops, with a one-minute minimum. The rates live with the ECS simulator's Fargate billing
 * (lib/sim/ecs/fargate/prices.ts); this module dates them for the comparison and applies the rule.
 */
export const FARGATE_PRICE_LIST: PriceList = {
  id: 'fargate',
  title: 'AWS Fargate, Linux/x86',
  region: 'us-east-1',
  currency: 'USD',
  sourceUrl: 'https://aws.amazon.com/fargate/pricing/',
  asOf: FARGATE_PRICES_AS_OF,
  readFrom:
    'third-party pages citing the official page (Vantage; CloudBurn, Mar 2026; FactualMinds, Jun 2026), as reference §6 gives them',
  confirmed: false,
};

const LINUX_X86 = FARGATE_RATES['linux-x86'];

export const FARGATE_LINUX_X86 = {
  /** USD per vCPU-hour. */
  vcpuHour: LINUX_X86.vcpuHour,
  /** USD per GB-hour of memory. */
  gbHour: LINUX_X86.gbHour,
  /** Billing runs per second, at least one minute (§6). */
  minimumSeconds: LINUX_X86.minimumSeconds,
} as const;

/** USD per hour for one task of this size: vCPU × vCPU-hour price + GB × GB-hour price. */
export function fargateTaskHourly(vcpu: number, memoryGb: number): number {
  return vcpu * FARGATE_LINUX_X86.vcpuHour + memoryGb * FARGATE_LINUX_X86.gbHour;
}

/** Seconds billed for a task that ran `seconds`: rounded up to the second, never under a minute. */
export function fargateBilledSeconds(seconds: number): number {
  if (seconds <= 0) return 0;
  return Math.max(FARGATE_LINUX_X86.minimumSeconds, Math.ceil(seconds));
}

/** USD for one task of this size that ran `seconds`. */
export function fargateTaskCost(vcpu: number, memoryGb: number, seconds: number): number {
  return (fargateTaskHourly(vcpu, memoryGb) * fargateBilledSeconds(seconds)) / HOUR_SECONDS;
}
