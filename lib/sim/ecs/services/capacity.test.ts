import { describe, expect, it } from 'vitest';
import { assignProviders, launchTypeOf } from './capacity';

describe('assignProviders', () => {
  it('gives the base to its provider first, then shares by weight (§5.6: base 2 on A, 1:4 after)', () => {
    const strategy = [
      { capacityProvider: 'A', base: 2, weight: 1 },
      { capacityProvider: 'B', base: 0, weight: 4 },
    ];
    const picks = assignProviders(strategy, new Map(), 12);
    expect(picks.slice(0, 2)).toEqual(['A', 'A']);
    expect(picks.filter((p) => p === 'A')).toHaveLength(4);
    expect(picks.filter((p) => p === 'B')).toHaveLength(8);
  });

  it('counts the tasks each provider already has', () => {
    const strategy = [
      { capacityProvider: 'FARGATE', base: 0, weight: 1 },
      { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 },
    ];
    expect(assignProviders(strategy, new Map([['FARGATE', 3]]), 3)).toEqual([
      'FARGATE_SPOT',
      'FARGATE_SPOT',
      'FARGATE_SPOT',
    ]);
  });

  it('never uses a weight-0 provider beyond its base', () => {
    const strategy = [
      { capacityProvider: 'A', base: 1, weight: 0 },
      { capacityProvider: 'B', base: 0, weight: 1 },
    ];
    expect(assignProviders(strategy, new Map(), 4)).toEqual(['A', 'B', 'B', 'B']);
  });
});

describe('launchTypeOf', () => {
  it('is FARGATE for a Fargate strategy and EC2 for Auto Scaling group providers', () => {
    expect(
      launchTypeOf({
        launchType: null,
        strategy: [{ capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 }],
      }),
    ).toBe('FARGATE');
    expect(
      launchTypeOf({ launchType: null, strategy: [{ capacityProvider: 'cp1', base: 0, weight: 1 }] }),
    ).toBe('EC2');
    expect(launchTypeOf({ launchType: 'FARGATE', strategy: [] })).toBe('FARGATE');
  });
});
