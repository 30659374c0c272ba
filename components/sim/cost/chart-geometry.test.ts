import { describe, expect, it } from 'vitest';
import { roundUp, spreadLabels } from './chart-geometry';

describe('roundUp', () => {
  it('rounds up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(roundUp(0.37)).toBe(0.5);
    expect(roundUp(4.6)).toBe(5);
    expect(roundUp(21)).toBe(25);
    expect(roundUp(0)).toBe(1);
  });
});

describe('spreadLabels', () => {
  it('keeps labels in the order of their lines and at least the gap apart', () => {
    const placed = spreadLabels(
      [
        { id: 'a', y: 100 },
        { id: 'b', y: 102 },
        { id: 'c', y: 50 },
      ],
      16,
      0,
      200,
    );
    expect(placed.map((label) => label.id)).toEqual(['c', 'a', 'b']);
    expect(placed.map((label) => label.labelY)).toEqual([50, 100, 116]);
  });

  it('pushes labels back up from the bottom edge', () => {
    const placed = spreadLabels(
      [
        { id: 'a', y: 195 },
        { id: 'b', y: 198 },
      ],
      16,
      0,
      200,
    );
    expect(placed.map((label) => label.labelY)).toEqual([184, 200]);
  });
});
