/** Pure geometry for the day charts: scales, round axis ends, paths and end labels that do not overlap. */

export interface Plot {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `value` (1 when there is nothing to show). */
export function roundUp(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= value - 1e-12) ?? 10;
  return step * power;
}

export function xScale(plot: Plot, minutes: number) {
  const span = plot.width - plot.left - plot.right;
  return (minute: number) => plot.left + (minute / minutes) * span;
}

export function yScale(plot: Plot, max: number) {
  const span = plot.height - plot.top - plot.bottom;
  return (value: number) => plot.top + span - (Math.min(value, max) / max) * span;
}

/** An SVG path through `values`, one point every `every` minutes and at the last minute. */
export function linePath(
  values: readonly number[],
  x: (minute: number) => number,
  y: (value: number) => number,
  every = 10,
): string {
  const points: string[] = [];
  values.forEach((value, minute) => {
    if (minute % every !== 0 && minute !== values.length - 1) return;
    points.push(`${points.length === 0 ? 'M' : 'L'}${x(minute + 1).toFixed(1)} ${y(value).toFixed(1)}`);
  });
  return points.join('');
}

/** A closed area under `values` down to the axis. */
export function areaPath(
  values: readonly number[],
  x: (minute: number) => number,
  y: (value: number) => number,
  every = 10,
): string {
  const line = linePath(values, x, y, every);
  if (line === '') return '';
  return `M${x(0).toFixed(1)} ${y(0).toFixed(1)}L${line.slice(1)}L${x(values.length).toFixed(1)} ${y(0).toFixed(1)}Z`;
}

/**
 * End labels: each wants to sit at its line's end (`y`), in the same order, at least `gap` apart
 * and inside [`top`, `bottom`]. Pushes labels down where they collide, then back up from the
 * bottom if they ran out of room.
 */
export function spreadLabels<T extends { readonly y: number }>(
  labels: readonly T[],
  gap: number,
  top: number,
  bottom: number,
): (T & { readonly labelY: number })[] {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  const placed = sorted.map((label) => ({ ...label, labelY: Math.max(top, label.y) }));
  for (let i = 1; i < placed.length; i += 1) {
    const previous = placed[i - 1];
    const current = placed[i];
    if (previous && current && current.labelY < previous.labelY + gap) current.labelY = previous.labelY + gap;
  }
  for (let i = placed.length - 1; i >= 0; i -= 1) {
    const next = placed[i + 1];
    const current = placed[i];
    if (!current) continue;
    const limit = next ? next.labelY - gap : bottom;
    if (current.labelY > limit) current.labelY = limit;
  }
  return placed;
}
