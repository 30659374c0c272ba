import { describe, expect, it } from 'vitest';
import { benchPlacement } from './bench-placement';

describe('benchPlacement', () => {
  it('places all 10,000 tasks of the benchmark on its 1,000 instances (timing is reported by npm run bench)', () => {
    expect(benchPlacement(1).placed).toBe(10_000);
  });
});
