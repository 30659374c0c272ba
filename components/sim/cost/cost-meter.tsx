'use client';

import { useId } from 'react';
import { usd } from '@/lib/compare/format';

function Hatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="4" height="4" className="fill-[var(--bg)]" />
      <line x1="0" y1="0" x2="0" y2="4" strokeWidth="2.4" className="stroke-[var(--fg-soft)]" />
    </pattern>
  );
}

function Swatch({ hatch }: { hatch?: string }) {
  return (
    <svg
      viewBox="0 0 12 12"
      width={12}
      height={12}
      aria-hidden="true"
      className="mr-1 inline-block align-[-1px]"
    >
      <rect
        x="0.5"
        y="0.5"
        width="11"
        height="11"
        fill={hatch ? `url(#${hatch})` : undefined}
        className={hatch ? 'stroke-[var(--fg-soft)]' : 'fill-[var(--fg)] stroke-[var(--fg)]'}
      />
    </svg>
  );
}

/**
 * The day's bill as one bar on a scale shared by all six cards: the idle part hatched (paid with
 * no traffic at all), the busy part solid (what the requests added), both named in words.
 */
export function CostMeter({ idle, busy, scale }: { idle: number; busy: number; scale: number }) {
  const hatch = `idle-${useId().replace(/:/g, '')}`;
  const idleShare = scale > 0 ? (idle / scale) * 100 : 0;
  const busyShare = scale > 0 ? (busy / scale) * 100 : 0;
  return (
    <div>
      <svg width="0" height="0" aria-hidden="true" className="absolute">
        <defs>
          <Hatch id={hatch} />
        </defs>
      </svg>
      <svg viewBox="0 0 100 14" preserveAspectRatio="none" className="block h-4 w-full" aria-hidden="true">
        <rect
          x="0"
          y="0"
          width="100"
          height="14"
          className="fill-[var(--bg-soft)] stroke-[var(--border)]"
          strokeWidth="0.5"
        />
        <rect x="0" y="0" width={idleShare} height="14" fill={`url(#${hatch})`} />
        <rect x={idleShare} y="0" width={busyShare} height="14" className="fill-[var(--fg)]" />
      </svg>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm tabular-nums">
        <dt className="text-[var(--fg-soft)]">
          <Swatch hatch={hatch} />
          Idle
        </dt>
        <dd className="text-right">{usd(idle)}</dd>
        <dt className="text-[var(--fg-soft)]">
          <Swatch />
          Busy
        </dt>
        <dd className="text-right">{usd(busy)}</dd>
        <dt className="font-semibold">Day</dt>
        <dd className="text-right font-semibold">{usd(idle + busy)}</dd>
      </dl>
    </div>
  );
}
