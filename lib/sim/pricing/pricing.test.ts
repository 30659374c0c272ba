import { describe, expect, it } from 'vitest';
import { ON_DEMAND_HOURLY_USD as EKS_PRICES } from '../eks/instance-prices';
import { ALB_PRICES, albHourly, lcus } from './alb';
import { ec2Hourly, ON_DEMAND_HOURLY_USD } from './ec2';
import { EKS_CLUSTER_HOURLY } from './eks';
import { FARGATE_LINUX_X86, fargateBilledSeconds, fargateTaskCost, fargateTaskHourly } from './fargate';
import { PRICE_LISTS, priceDate } from './index';
import { LAMBDA_LIMITS, LAMBDA_PRICES, lambdaBilledMs, lambdaCost } from './lambda';

describe('fargateTaskHourly', () => {
  it('is vCPU × the vCPU-hour price plus GB × the GB-hour price', () => {
    expect(fargateTaskHourly(0.25, 0.5)).toBeCloseTo(
      0.25 * FARGATE_LINUX_X86.vcpuHour + 0.5 * FARGATE_LINUX_X86.gbHour,
      12,
    );
  });

  it('gives the reference’s worked example: 0.25 vCPU and 0.5 GB for an hour cost $0.0123425', () => {
    expect(fargateTaskHourly(0.25, 0.5)).toBeCloseTo(0.0123425, 10);
  });
});

describe('fargateBilledSeconds', () => {
  it('bills at least one minute', () => {
    expect(fargateBilledSeconds(1)).toBe(60);
    expect(fargateBilledSeconds(59.2)).toBe(60);
  });

  it('rounds a longer run up to the next second', () => {
    expect(fargateBilledSeconds(61.2)).toBe(62);
  });

  it('bills nothing for a task that never started', () => {
    expect(fargateBilledSeconds(0)).toBe(0);
  });
});

describe('fargateTaskCost', () => {
  it('charges a 10-second task for a full minute', () => {
    expect(fargateTaskCost(1, 2, 10)).toBeCloseTo(fargateTaskHourly(1, 2) / 60, 12);
  });
});

describe('ec2Hourly', () => {
  it('prices the instance types the simulators offer', () => {
    expect(ec2Hourly('m5.large')).toBe(0.096);
    expect(ec2Hourly('c5.large')).toBe(0.085);
  });

  it('refuses a type it has no price for', () => {
    expect(() => ec2Hourly('x1e.32xlarge')).toThrow(/No On-Demand price/);
  });

  it('is the same table the EKS simulator’s Karpenter reads', () => {
    expect(EKS_PRICES).toBe(ON_DEMAND_HOURLY_USD);
  });
});

describe('lambdaCost', () => {
  it('charges $0.20 per million requests plus GB-seconds', () => {
    const usd = lambdaCost(1_000_000, 100, 512);
    expect(usd).toBeCloseTo(0.2 + 1_000_000 * 0.1 * 0.5 * LAMBDA_PRICES.gbSecond, 10);
  });

  it('costs nothing without requests', () => {
    expect(lambdaCost(0, 2, 512)).toBe(0);
  });

  it('matches the pricing page’s example: 3M requests of 1 s at 512 MB (before the free tier)', () => {
    expect(lambdaCost(3_000_000, 1000, 512)).toBeCloseTo(0.6 + 1_500_000 * 0.0000166667, 6);
  });
});

describe('lambdaBilledMs', () => {
  it('rounds up to the millisecond with no minimum', () => {
    expect(lambdaBilledMs(1.73)).toBe(2);
    expect(lambdaBilledMs(27.4)).toBe(28);
    expect(lambdaBilledMs(0)).toBe(0);
  });
});

describe('LAMBDA_LIMITS', () => {
  it('states the limits the picture shows', () => {
    expect(LAMBDA_LIMITS.timeoutSeconds).toBe(15 * 60);
    expect(LAMBDA_LIMITS.maxMemoryMb).toBe(10_240);
    expect(LAMBDA_LIMITS.maxImageGb).toBe(10);
    expect(LAMBDA_LIMITS.concurrencyQuota).toBe(1000);
  });
});

describe('lcus', () => {
  it('takes the dimension that uses most', () => {
    const traffic = {
      newConnectionsPerSecond: 50,
      activeConnectionsPerMinute: 0,
      processedGbPerHour: 0.5,
      ruleEvaluationsPerSecond: 0,
    };
    expect(lcus(traffic)).toBe(2);
    expect(albHourly(traffic)).toBeCloseTo(ALB_PRICES.hourly + 2 * ALB_PRICES.lcuHour, 12);
  });

  it('is zero without traffic, leaving the hourly charge', () => {
    const idle = {
      newConnectionsPerSecond: 0,
      activeConnectionsPerMinute: 0,
      processedGbPerHour: 0,
      ruleEvaluationsPerSecond: 0,
    };
    expect(albHourly(idle)).toBe(0.0225);
  });
});

describe('EKS_CLUSTER_HOURLY', () => {
  it('is $0.10 a cluster-hour in standard support and $0.60 in extended support', () => {
    expect(EKS_CLUSTER_HOURLY.standardSupport).toBe(0.1);
    expect(EKS_CLUSTER_HOURLY.extendedSupport).toBe(0.6);
  });
});

describe('PRICE_LISTS', () => {
  it('gives every list an official https source, a date and a Region', () => {
    for (const list of PRICE_LISTS) {
      expect(list.sourceUrl).toMatch(/^https:\/\/aws\.amazon\.com\//);
      expect(list.asOf).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(list.region).toBe('us-east-1');
    }
    expect(new Set(PRICE_LISTS.map((list) => list.id)).size).toBe(PRICE_LISTS.length);
  });

  it('marks a list read from copies as unconfirmed', () => {
    const fargate = PRICE_LISTS.find((list) => list.id === 'fargate');
    expect(fargate && priceDate(fargate)).toMatch(/\[unconfirmed\]$/);
  });
});
