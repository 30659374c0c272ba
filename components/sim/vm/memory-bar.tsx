import type { CSSProperties } from 'react';
import { cn } from '@/lib/cn';
import { formatMemory } from './format';

export type SegmentKind = 'system' | 'overhead' | 'app' | 'idle';

export interface MemorySegment {
  readonly kind: SegmentKind;
  readonly label: string;
  readonly mib: number;
}

/** Colour and a pattern per kind, so the segments differ in grayscale too. */
const LOOK: Record<SegmentKind, { className: string; style?: CSSProperties }> = {
  system: { className: 'bg-[var(--fg-soft)]' },
  overhead: {
    className: 'bg-amber-500 dark:bg-amber-400',
    style: {
      backgroundImage: 'repeating-linear-gradient(45deg, rgb(255 255 255 / 0.5) 0 3px, transparent 3px 7px)',
    },
  },
  app: { className: 'bg-accent-600 dark:bg-accent-400' },
  idle: {
    className: 'bg-amber-200 dark:bg-amber-800',
    style: {
      backgroundImage:
        'repeating-linear-gradient(-45deg, rgb(120 120 120 / 0.45) 0 1.5px, transparent 1.5px 5px)',
    },
  },
};

function Swatch({ kind }: { kind: SegmentKind | 'free' }) {
  if (kind === 'free')
    return (
      <span
        aria-hidden="true"
        className="inline-block size-4 shrink-0 rounded-sm border-2 border-[var(--fg-soft)]"
      />
    );
  return (
    <span
      aria-hidden="true"
      className={cn('inline-block size-4 shrink-0 rounded-sm', LOOK[kind].className)}
      style={LOOK[kind].style}
    />
  );
}

/**
 * A host's memory as one bar: what the system keeps, per-workload overhead, the apps themselves,
 * memory reserved but idle, and what is free. Every segment is also listed in words with its size.
 */
export function MemoryBar({ totalMiB, segments }: { totalMiB: number; segments: readonly MemorySegment[] }) {
  const usedMiB = segments.reduce((sum, segment) => sum + segment.mib, 0);
  const freeMiB = Math.max(0, totalMiB - usedMiB);
  return (
    <div>
      <p className="font-semibold">
        Memory: {formatMemory(usedMiB)} used · {formatMemory(freeMiB)} free{' '}
        <span className="font-normal text-[var(--fg-soft)]">of {formatMemory(totalMiB)}</span>
      </p>
      <div
        aria-hidden="true"
        className="mt-1 flex h-6 overflow-hidden rounded-md border border-[var(--fg-soft)] bg-[var(--bg-soft)]"
      >
        {segments
          .filter((segment) => segment.mib > 0)
          .map((segment) => (
            <span
              key={segment.label}
              className={cn(
                'h-full border-r border-[var(--bg)] last:border-r-0',
                LOOK[segment.kind].className,
              )}
              // A few MiB of shims must still show as a sliver, not vanish.
              style={{
                ...LOOK[segment.kind].style,
                width: `${(segment.mib / totalMiB) * 100}%`,
                minWidth: 3,
              }}
            />
          ))}
      </div>
      <ul
        aria-label="Memory by use"
        className="mt-1.5 grid grid-cols-1 gap-x-4 gap-y-0.5 text-sm min-[420px]:grid-cols-2"
      >
        {[
          ...segments.map((s) => ({ ...s, key: s.kind as SegmentKind | 'free' })),
          { key: 'free' as const, label: 'Free', mib: freeMiB },
        ].map((item) => (
          <li key={item.label} className="flex items-center gap-1.5">
            <Swatch kind={item.key} />
            <span className="min-w-0">
              {item.label} <span className="font-semibold tabular-nums">{formatMemory(item.mib)}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
