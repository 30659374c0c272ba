import type { PriceList } from './price-list';

/**
 * AWS Lambda, x86, us-east-1: $0.20 per million requests and $0.0000166667 per GB-second of
 * duration (the first pricing tier), duration rounded up to the millisecond since December 2020.
 * The official page renders its rate table with a script; the figures come from its US East worked
 * example ($0.00001667 per GB-s, $0.20 per 1M requests) and third-party copies of the table
 * (2026). The monthly free tier (1M requests, 400,000 GB-s) is left out of the comparison. A
 * function URL adds no charge: it is included in the request and duration prices.
 */
export const LAMBDA_PRICE_LIST: PriceList = {
  id: 'lambda',
  title: 'AWS Lambda, x86',
  region: 'us-east-1',
  currency: 'USD',
  sourceUrl: 'https://aws.amazon.com/lambda/pricing/',
  asOf: '2026-05',
  readFrom: 'the official page’s worked example and third-party copies of its table (May and Sep 2026)',
  confirmed: false,
};

export const LAMBDA_PRICES = {
  /** USD per request (0.20 per million). */
  request: 0.2 / 1_000_000,
  /** USD per GB-second of duration. */
  gbSecond: 0.0000166667,
  /** Duration is billed in whole milliseconds, rounded up, with no minimum. */
  billingGranularityMs: 1,
} as const;

/**
 * Lambda's limits, from the Lambda developer guide ("Lambda quotas", "Configure Lambda function
 * memory", "Lambda scaling behavior"). New accounts start with lower concurrency and memory
 * quotas that AWS raises with use.
 */
export const LAMBDA_LIMITS = {
  /** An invocation runs for at most 15 minutes. */
  timeoutSeconds: 900,
  /** Memory from 128 MB to 10,240 MB, in 1 MB steps. */
  minMemoryMb: 128,
  maxMemoryMb: 10_240,
  /** A container image may be up to 10 GB, uncompressed, all layers included. */
  maxImageGb: 10,
  /** Concurrent executions per Region, default quota (can be raised). */
  concurrencyQuota: 1000,
  /** Each function can add 1,000 execution environments every 10 seconds. */
  scalingRatePer10Seconds: 1000,
  /** CPU is allocated in proportion to memory: 1,769 MB is one vCPU. */
  memoryMbPerVcpu: 1769,
} as const;

/**
 * A cold start: "under 100 ms to over 1 second", in under 1 % of invocations in production
 * (Lambda developer guide, "Understanding the Lambda execution environment lifecycle").
 */
export const LAMBDA_COLD_START_SECONDS = { low: 0.1, high: 1 } as const;

/** Billed milliseconds for an invocation that ran `ms`: rounded up, no minimum. */
export function lambdaBilledMs(ms: number): number {
  if (ms <= 0) return 0;
  return Math.ceil(ms / LAMBDA_PRICES.billingGranularityMs) * LAMBDA_PRICES.billingGranularityMs;
}

/** USD for `requests` invocations of `billedMs` each at `memoryMb`: requests plus GB-seconds. */
export function lambdaCost(requests: number, billedMs: number, memoryMb: number): number {
  const gbSeconds = requests * (billedMs / 1000) * (memoryMb / 1024);
  return requests * LAMBDA_PRICES.request + gbSeconds * LAMBDA_PRICES.gbSecond;
}
