import { describe, expect, it } from 'vitest';
import { cover, hostsFor, readyAfter, served, trackedReplicas, type TrackingRule } from './scaling';

/** 100 rps per replica at 100 % CPU, target 50 %: each replica takes 50 rps at the target. */
const rule: TrackingRule = {
  perReplicaRps: 100,
  targetPercent: 50,
  min: 2,
  max: 10,
  outMinutes: 3,
  inMinutes: 15,
};

function minutes(...segments: [count: number, rps: number][]): number[] {
  return segments.flatMap(([count, rps]) => Array.from({ length: count }, () => rps));
}

describe('trackedReplicas', () => {
  it('starts the day in the steady state of its first minute', () => {
    expect(trackedReplicas(minutes([5, 200]), rule)).toEqual([4, 4, 4, 4, 4]);
  });

  it('never goes below the minimum nor above the maximum', () => {
    expect(trackedReplicas(minutes([3, 0]), rule)).toEqual([2, 2, 2]);
    expect(Math.max(...trackedReplicas(minutes([30, 100_000]), rule))).toBe(10);
  });

  it('scales out only after three minutes above the target', () => {
    const replicas = trackedReplicas(minutes([3, 100], [5, 200]), rule);
    expect(replicas.slice(0, 5)).toEqual([2, 2, 2, 2, 2]);
    expect(replicas[5]).toBe(4);
  });

  it('grows by at most 100 ÷ target in one step, since CPU cannot read above 100 %', () => {
    const replicas = trackedReplicas(minutes([3, 100], [10, 1000]), rule);
    expect(replicas.slice(5, 8)).toEqual([4, 8, 10]);
  });

  it('scales in only once the load has been lower for the whole scale-in window', () => {
    const replicas = trackedReplicas(minutes([20, 400], [20, 100]), rule);
    expect(replicas[20]).toBe(8);
    expect(replicas[33]).toBe(8);
    expect(replicas[34]).toBe(2);
  });

  it('reacts within the minute with an HPA-like rule (one datapoint, 5-minute stabilization)', () => {
    const hpa = { ...rule, outMinutes: 1, inMinutes: 5 };
    const replicas = trackedReplicas(minutes([2, 100], [6, 200], [6, 100]), hpa);
    expect(replicas[2]).toBe(4);
    expect(replicas[11]).toBe(4);
    expect(replicas[12]).toBe(2);
  });
});

describe('readyAfter', () => {
  it('counts new replicas only once they have had the delay to start', () => {
    expect(readyAfter([3, 5, 5, 5], 2)).toEqual([3, 3, 3, 5]);
  });

  it('stops replicas at once', () => {
    expect(readyAfter([5, 5, 3], 2)).toEqual([5, 5, 3]);
  });
});

describe('hostsFor', () => {
  it('keeps enough hosts for every replica of the scale-in window, and at least the minimum', () => {
    expect(hostsFor([3, 9, 3, 3, 3], 4, 1, 3)).toEqual([1, 3, 3, 3, 1]);
    expect(hostsFor([0, 0], 4, 3, 3)).toEqual([3, 3]);
  });
});

describe('served', () => {
  it('answers the load up to what the ready replicas serve at 100 % CPU', () => {
    expect(served([50, 500], [2, 2], 100)).toEqual([50, 200]);
  });
});

describe('cover', () => {
  it('ignores rounding noise', () => {
    expect(cover(1500 / (500 * 0.6))).toBe(5);
    expect(cover(5.2)).toBe(6);
  });
});
