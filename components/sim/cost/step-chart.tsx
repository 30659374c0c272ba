'use client';

import { STEP_BEFORE_MINUTES, type StepResult } from '@/lib/compare';
import { useElementWidth } from '../vm/use-element-width';
import { linePath, roundUp, xScale, yScale, type Plot } from './chart-geometry';
import type { OptionLook } from './option-looks';

const HEIGHT = 130;
const MARGIN = { left: 34, right: 8, top: 10, bottom: 24 } as const;

/** The y axis tops out at 30 replicas, or at a round number above the most replicas asked for. */
export function stepAxisMax(replicas: readonly number[]): number {
  const most = Math.max(0, ...replicas);
  return most <= 30 ? 30 : roundUp(most);
}

/**
 * One option's answer to the tenfold jump: replicas asked for (dashed) and serving (solid), a
 * minute per step, the jump marked. Drawn in real pixels so its 14 px labels stay 14 px.
 */
export function StepChart({ result, look, label }: { result: StepResult; look: OptionLook; label: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const plot: Plot = { width, height: HEIGHT, ...MARGIN };
  const minutes = result.replicas.length;
  const max = stepAxisMax(result.replicas);
  const x = xScale(plot, minutes);
  const y = yScale(plot, max);
  const jump = x(STEP_BEFORE_MINUTES);
  return (
    <div ref={ref} className="min-w-0">
      {width > 0 && (
        <svg
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
          role="img"
          aria-label={label}
          className="block text-sm"
        >
          {[0, max].map((value) => (
            <text
              key={value}
              x={MARGIN.left - 5}
              y={y(value)}
              dy="0.35em"
              textAnchor="end"
              className="fill-[var(--fg-soft)] tabular-nums"
            >
              {value}
            </text>
          ))}
          <line
            x1={MARGIN.left}
            x2={width - MARGIN.right}
            y1={y(0)}
            y2={y(0)}
            className="stroke-[var(--border)]"
          />
          <line
            x1={jump}
            x2={jump}
            y1={MARGIN.top}
            y2={y(0)}
            className="stroke-[var(--fg-soft)]"
            strokeDasharray="2 3"
          />
          <text x={jump} y={HEIGHT - 6} textAnchor="middle" className="fill-[var(--fg-soft)]">
            jump
          </text>
          <text x={width - MARGIN.right} y={HEIGHT - 6} textAnchor="end" className="fill-[var(--fg-soft)]">
            +{minutes - STEP_BEFORE_MINUTES} min
          </text>
          <path
            d={linePath(result.replicas, x, y, 1)}
            fill="none"
            strokeWidth={2}
            strokeDasharray="4 3"
            className={look.stroke}
          />
          <path d={linePath(result.ready, x, y, 1)} fill="none" strokeWidth={3} className={look.stroke} />
        </svg>
      )}
    </div>
  );
}
