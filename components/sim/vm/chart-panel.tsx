import type { LoadSample } from '@/lib/sim/vm/types';
import { formatSimTime } from '../format-time';
import { linePath, minuteTicks, niceMax, type Frame } from './chart-scale';
import { formatCount } from './format';
import type { Series } from './load-series';

const HEIGHT = 170;
const MARGIN = { left: 62, right: 14, top: 12, bottom: 28 } as const;

/**
 * One panel of the load chart, drawn in real pixels (`width` is measured) so its 14 px labels
 * stay 14 px on a phone. The y axis starts at 0 and ends at a round number.
 */
export function ChartPanel({
  width,
  samples,
  span,
  series,
  label,
}: {
  width: number;
  samples: readonly LoadSample[];
  span: { from: number; to: number };
  series: readonly Series[];
  label: string;
}) {
  const frame: Frame = { width, height: HEIGHT, ...MARGIN };
  const peak = Math.max(0, ...samples.flatMap((sample) => series.map((line) => line.value(sample))));
  const max = niceMax(peak);
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotBottom = HEIGHT - MARGIN.bottom;
  const yOf = (value: number) => MARGIN.top + (1 - value / max) * (plotBottom - MARGIN.top);
  const xOf = (t: number) => MARGIN.left + ((t - span.from) / (span.to - span.from)) * plotWidth;
  return (
    <svg
      viewBox={`0 0 ${width} ${HEIGHT}`}
      width={width}
      height={HEIGHT}
      role="img"
      aria-label={label}
      className="block text-sm"
    >
      <title>{label}</title>
      {[0, max / 2, max].map((value) => (
        <g key={value}>
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={yOf(value)}
            y2={yOf(value)}
            className="stroke-[var(--border)]"
            strokeWidth={1}
          />
          <text
            x={MARGIN.left - 6}
            y={yOf(value)}
            dy="0.35em"
            textAnchor="end"
            className="fill-[var(--fg-soft)] tabular-nums"
          >
            {formatCount(value)}
          </text>
        </g>
      ))}
      {minuteTicks(span.from, span.to).map((t) => (
        <text
          key={t}
          x={xOf(t)}
          y={HEIGHT - 8}
          textAnchor={t === span.to ? 'end' : t === span.from ? 'start' : 'middle'}
          className="fill-[var(--fg-soft)] tabular-nums"
        >
          {formatSimTime(t)}
        </text>
      ))}
      {series.map((line) => (
        <path
          key={line.key}
          d={linePath(samples, line.value, frame, { ...span, max })}
          fill="none"
          className={line.className}
          strokeWidth={line.width}
          strokeDasharray={line.dash}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ))}
    </svg>
  );
}

/** A short sample of each line's pattern, for the legend. */
export function LineSample({ line }: { line: Series }) {
  return (
    <svg viewBox="0 0 40 12" width={40} height={12} aria-hidden="true" className="shrink-0">
      <path
        d="M3 6h34"
        fill="none"
        className={line.className}
        strokeWidth={line.width}
        strokeDasharray={line.dash}
        strokeLinecap="round"
      />
    </svg>
  );
}
