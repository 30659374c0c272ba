'use client';

import type { Comparison } from '@/lib/compare';
import { useElementWidth } from '../vm/use-element-width';
import { areaPath, linePath, roundUp, spreadLabels, xScale, yScale, type Plot } from './chart-geometry';
import { clock, count, usd } from '@/lib/compare/format';
import { LineMarker } from './line-marker';
import { OPTION_LOOKS } from './option-looks';

const HOURS = [0, 6, 12, 18, 24];
const LABEL_GAP = 18;

function HourAxis({ plot, x, narrow }: { plot: Plot; x: (minute: number) => number; narrow: boolean }) {
  return HOURS.map((hour) => (
    <text
      key={hour}
      x={x(hour * 60)}
      y={plot.height - 6}
      textAnchor={hour === 0 ? 'start' : hour === 24 ? 'end' : 'middle'}
      className="fill-[var(--fg-soft)] tabular-nums"
    >
      {narrow ? String(hour).padStart(2, '0') : clock(hour * 60)}
    </text>
  ));
}

function Cursor({ plot, x, minute }: { plot: Plot; x: number; minute: number }) {
  return (
    <g aria-hidden="true">
      <line
        x1={x}
        x2={x}
        y1={plot.top}
        y2={plot.height - plot.bottom}
        className="stroke-[var(--fg)]"
        strokeWidth={1.5}
      />
      <text
        x={x}
        y={plot.top - 2}
        textAnchor="middle"
        className="fill-[var(--fg)] text-xs font-semibold tabular-nums"
      >
        {minute < 60 ? '' : clock(minute)}
      </text>
    </g>
  );
}

/**
 * Requests per second over the day (a thin area), then each option's cumulative cost, one line
 * each, named at its end. Drawn in real pixels so labels stay 14 px on a phone.
 */
export function DayChart({ comparison, minute }: { comparison: Comparison; minute: number }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const narrow = width < 480;
  const loadPlot: Plot = {
    width,
    height: 96,
    left: narrow ? 48 : 60,
    right: narrow ? 114 : 118,
    top: 16,
    bottom: 24,
  };
  const costPlot: Plot = { ...loadPlot, height: narrow ? 240 : 280 };
  const minutes = comparison.load.length;
  const x = xScale(costPlot, minutes);
  const peakLoad = roundUp(Math.max(...comparison.load));
  const yLoad = yScale(loadPlot, peakLoad);
  const maxCost = roundUp(Math.max(...comparison.options.map((option) => option.dayTotal)));
  const yCost = yScale(costPlot, maxCost);
  const labels = spreadLabels(
    comparison.options.map((option) => ({
      id: option.id,
      y: yCost(option.dayTotal),
      total: option.dayTotal,
    })),
    LABEL_GAP,
    costPlot.top + 6,
    costPlot.height - costPlot.bottom,
  );
  const summary = comparison.options
    .map((option) => `${OPTION_LOOKS[option.id].short} ${usd(option.dayTotal)}`)
    .join(', ');
  return (
    <div ref={ref} className="min-w-0">
      {width > 0 && (
        <>
          <svg
            viewBox={`0 0 ${width} ${loadPlot.height}`}
            width={width}
            height={loadPlot.height}
            role="img"
            aria-label={`Requests per second over the day, peak ${count(Math.max(...comparison.load))}.`}
            className="block text-sm"
          >
            {[0, peakLoad].map((value) => (
              <text
                key={value}
                x={loadPlot.left - 6}
                y={yLoad(value)}
                dy="0.35em"
                textAnchor="end"
                className="fill-[var(--fg-soft)] tabular-nums"
              >
                {count(value)}
              </text>
            ))}
            <text
              x={width - loadPlot.right + 6}
              y={yLoad(peakLoad / 2)}
              dy="0.35em"
              className="fill-[var(--fg-soft)]"
            >
              req/s
            </text>
            <path d={areaPath(comparison.load, x, yLoad)} className="fill-[var(--fg-soft)] opacity-30" />
            <path
              d={linePath(comparison.load, x, yLoad)}
              fill="none"
              strokeWidth={1.5}
              className="stroke-[var(--fg-soft)]"
            />
            <HourAxis plot={loadPlot} x={x} narrow={narrow} />
            <Cursor plot={loadPlot} x={x(minute)} minute={minute} />
          </svg>
          <svg
            viewBox={`0 0 ${width} ${costPlot.height}`}
            width={width}
            height={costPlot.height}
            role="img"
            aria-label={`Cost so far over the day for each option. At the end of the day: ${summary}.`}
            className="mt-2 block text-sm"
          >
            {[0, maxCost / 2, maxCost].map((value) => (
              <g key={value}>
                <line
                  x1={costPlot.left}
                  x2={width - costPlot.right}
                  y1={yCost(value)}
                  y2={yCost(value)}
                  className="stroke-[var(--border)]"
                />
                <text
                  x={costPlot.left - 6}
                  y={yCost(value)}
                  dy="0.35em"
                  textAnchor="end"
                  className="fill-[var(--fg-soft)] tabular-nums"
                >
                  {usd(value)
                    .replace(/\.00$/, '')
                    .replace(/(\.\d)0$/, '$1')}
                </text>
              </g>
            ))}
            {comparison.options.map((option) => {
              const look = OPTION_LOOKS[option.id];
              return (
                <path
                  key={option.id}
                  d={linePath(option.cumulative, x, yCost)}
                  fill="none"
                  strokeWidth={3}
                  strokeDasharray={look.dash}
                  strokeLinejoin="round"
                  className={look.stroke}
                />
              );
            })}
            {labels.map((label) => {
              const look = OPTION_LOOKS[label.id];
              const end = x(minutes);
              return (
                <g key={label.id}>
                  <LineMarker look={look} x={end} y={label.y} />
                  <line
                    x1={end + 7}
                    x2={end + 14}
                    y1={label.y}
                    y2={label.labelY}
                    className={look.stroke}
                    strokeWidth={1}
                  />
                  <text x={end + 16} y={label.labelY} dy="0.35em" className={`${look.fill} font-semibold`}>
                    {look.short}
                  </text>
                </g>
              );
            })}
            <HourAxis plot={costPlot} x={x} narrow={narrow} />
            <Cursor plot={costPlot} x={x(minute)} minute={minute} />
          </svg>
        </>
      )}
    </div>
  );
}
