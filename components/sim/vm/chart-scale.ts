import type { LoadSample } from '@/lib/sim/vm/types';

/** How much history the load chart shows. */
export const WINDOW_MS = 3 * 60 * 1000;

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above `value` (at least 10), so axis labels read as round numbers. */
export function niceMax(value: number): number {
  const floor = Math.max(10, value);
  const power = 10 ** Math.floor(Math.log10(floor));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= floor) ?? 10;
  return step * power;
}

/** The samples in the window that ends at the latest one, and that window's time span. */
export function windowOf(samples: readonly LoadSample[]): {
  shown: readonly LoadSample[];
  from: number;
  to: number;
} {
  const last = samples[samples.length - 1];
  const to = Math.max(WINDOW_MS, last?.t ?? 0);
  const from = to - WINDOW_MS;
  return { shown: samples.filter((sample) => sample.t >= from), from, to };
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** An SVG path through the values, x by sample time and y from 0 to `max`. */
export function linePath(
  samples: readonly LoadSample[],
  value: (sample: LoadSample) => number,
  frame: Frame,
  span: { from: number; to: number; max: number },
): string {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  return samples
    .map((sample, index) => {
      const x = frame.left + ((sample.t - span.from) / (span.to - span.from)) * plotWidth;
      const y = frame.top + plotHeight - (Math.min(value(sample), span.max) / span.max) * plotHeight;
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join('');
}

/** Every whole minute inside the window, for the x axis. */
export function minuteTicks(from: number, to: number): number[] {
  const ticks: number[] = [];
  for (let t = Math.ceil(from / 60_000) * 60_000; t <= to; t += 60_000) ticks.push(t);
  return ticks;
}
