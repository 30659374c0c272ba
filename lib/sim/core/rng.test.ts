import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nextFloat, nextHex, nextInt, nextUint32, pickInRange, pickOne, seedRng } from './rng';
import { dockerContainerId, dockerName, ec2InstanceId, ec2ReservationId } from './ids';
import { fuzzRuns } from '@/lib/testing/fuzz-runs';

describe('nextUint32', () => {
  it('gives the same sequence for the same state and a different one for another', () => {
    const run = (seed: number) => {
      let rng = seedRng(seed);
      const out: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const [value, next] = nextUint32(rng);
        out.push(value);
        rng = next;
      }
      return out;
    };
    expect(run(42)).toEqual(run(42));
    expect(run(42)).not.toEqual(run(43));
  });

  it('keeps its state an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (rng) => {
        const [value, next] = nextUint32(rng);
        return Number.isInteger(next) && next >= 0 && next <= 0xffffffff && value >= 0 && value <= 0xffffffff;
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('seedRng', () => {
  it('turns any number into a valid state', () => {
    expect(seedRng(-1)).toBe(0xffffffff);
    expect(seedRng(Number.NaN)).toBe(0);
    expect(seedRng(7.9)).toBe(7);
  });
});

describe('nextFloat', () => {
  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (rng) => {
        const [value] = nextFloat(rng);
        return value >= 0 && value < 1;
      }),
      { numRuns: fuzzRuns() },
    );
  });
});

describe('nextInt', () => {
  it('stays within both inclusive bounds and reaches each of them', () => {
    let rng = seedRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i += 1) {
      const [value, next] = nextInt(rng, 3, 6);
      rng = next;
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(6);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });
});

describe('pickInRange', () => {
  it('draws an integer inside the range', () => {
    const [value] = pickInRange(seedRng(9), { min: 5000, max: 15000 });
    expect(Number.isInteger(value)).toBe(true);
    expect(value).toBeGreaterThanOrEqual(5000);
    expect(value).toBeLessThanOrEqual(15000);
  });
});

describe('pickOne', () => {
  it('returns an item of the list', () => {
    const [item] = pickOne(seedRng(3), ['a', 'b', 'c']);
    expect(['a', 'b', 'c']).toContain(item);
  });
});

describe('nextHex', () => {
  it('returns exactly the requested number of lowercase hex digits', () => {
    const [hex] = nextHex(seedRng(5), 21);
    expect(hex).toMatch(/^[0-9a-f]{21}$/);
  });
});

describe('realistic ids', () => {
  it('derive EC2 instance and reservation ids in the long 17-digit format', () => {
    const [id, rng] = ec2InstanceId(seedRng(1));
    const [reservation] = ec2ReservationId(rng);
    expect(id).toMatch(/^i-0[0-9a-f]{16}$/);
    expect(reservation).toMatch(/^r-0[0-9a-f]{16}$/);
  });

  it('derive 64-hex docker container ids deterministically', () => {
    expect(dockerContainerId(seedRng(8))[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(dockerContainerId(seedRng(8))[0]).toBe(dockerContainerId(seedRng(8))[0]);
  });

  it('derive docker-style adjective_surname names that avoid taken ones', () => {
    const [first] = dockerName(seedRng(4), new Set());
    expect(first).toMatch(/^[a-z]+_[a-z]+$/);
    const [second] = dockerName(seedRng(4), new Set([first]));
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[a-z]+_[a-z]+\d?$/);
  });
});
