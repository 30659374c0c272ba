import { describe, expect, it } from 'vitest';
import {
  circuitBreakerThreshold,
  defaultDeploymentConfiguration,
  maximumTasks,
  mergeDeploymentConfiguration,
  minimumHealthyTasks,
} from './bounds';

describe('minimumHealthyTasks', () => {
  it('rounds desired × min% up (§5.3: 50 % of 4 → 2, 75 % of 2 → 2)', () => {
    expect(minimumHealthyTasks(4, { minimumHealthyPercent: 50 })).toBe(2);
    expect(minimumHealthyTasks(2, { minimumHealthyPercent: 75 })).toBe(2);
    expect(minimumHealthyTasks(3, { minimumHealthyPercent: 100 })).toBe(3);
    expect(minimumHealthyTasks(3, { minimumHealthyPercent: 0 })).toBe(0);
  });
});

describe('maximumTasks', () => {
  it('rounds desired × max% down (§5.3: 200 % of 4 → 8, 125 % of 3 → 3)', () => {
    expect(maximumTasks(4, { maximumPercent: 200 })).toBe(8);
    expect(maximumTasks(3, { maximumPercent: 125 })).toBe(3);
    expect(maximumTasks(10, { maximumPercent: 110 })).toBe(11);
  });
});

describe('circuitBreakerThreshold', () => {
  it('is 0.5 × desired rounded up, between 3 and 200 (§5.4: 1 → 3, 25 → 13, 400 → 200, 800 → 200)', () => {
    expect(circuitBreakerThreshold(1)).toBe(3);
    expect(circuitBreakerThreshold(25)).toBe(13);
    expect(circuitBreakerThreshold(400)).toBe(200);
    expect(circuitBreakerThreshold(800)).toBe(200);
    expect(circuitBreakerThreshold(0)).toBe(3);
  });
});

describe('defaultDeploymentConfiguration', () => {
  it('is 100/200 for REPLICA and 0/100 for DAEMON through the API (§5.1, §5.3)', () => {
    expect(defaultDeploymentConfiguration('REPLICA')).toMatchObject({
      minimumHealthyPercent: 100,
      maximumPercent: 200,
    });
    expect(defaultDeploymentConfiguration('DAEMON')).toMatchObject({
      minimumHealthyPercent: 0,
      maximumPercent: 100,
    });
  });

  it('keeps what a call leaves out when merged', () => {
    const merged = mergeDeploymentConfiguration(defaultDeploymentConfiguration('REPLICA'), {
      minimumHealthyPercent: 50,
    });
    expect(merged).toEqual({
      minimumHealthyPercent: 50,
      maximumPercent: 200,
      circuitBreaker: { enable: false, rollback: false },
    });
  });
});
