import { describe, expect, it } from 'vitest';
import { capacityProviderStrategyProblem, ONE_BASE_ONLY } from './strategy';

describe('capacityProviderStrategyProblem', () => {
  it('refuses a strategy where more than one provider sets a base (§5.6)', () => {
    expect(
      capacityProviderStrategyProblem([
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 2, weight: 1 },
      ]),
    ).toBe(ONE_BASE_ONLY);
  });

  it('accepts one base, or none (§5.6)', () => {
    expect(
      capacityProviderStrategyProblem([
        { capacityProvider: 'FARGATE', base: 2, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 4 },
      ]),
    ).toBeNull();
    expect(capacityProviderStrategyProblem([])).toBeNull();
  });
});
