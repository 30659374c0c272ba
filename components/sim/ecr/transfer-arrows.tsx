'use client';

import { useState } from 'react';
import { m, useReducedMotion } from 'framer-motion';
import { cn } from '@/lib/cn';
import type { TransferModel } from './transfer-model';

type Look = 'idle' | 'done' | 'refused';

export const STROKE: Record<Look, string> = {
  idle: 'text-[var(--fg-soft)]',
  done: 'text-accent-700 dark:text-accent-300',
  refused: 'text-red-700 dark:text-red-300',
};

/**
 * One arrow, drawn across (laptop on the left, registry on the right) on wide screens and down or
 * up on narrow ones where the two are stacked. A new transfer sends a packet along it once.
 */
function Arrow({
  direction,
  look,
  packetKey,
  onPacketDone,
}: {
  direction: 'push' | 'pull';
  look: Look;
  packetKey: number | null;
  onPacketDone: (key: number) => void;
}) {
  const width = look === 'idle' ? 2 : 4;
  const dash = look === 'refused' ? '7 5' : undefined;
  const forward = direction === 'push';
  const packet = (axis: 'x' | 'y', length: number) =>
    packetKey === null ? null : (
      <m.circle
        key={packetKey}
        onAnimationComplete={() => onPacketDone(packetKey)}
        r="6"
        cx={axis === 'x' ? (forward ? 10 : 110) : 12}
        cy={axis === 'x' ? 12 : forward ? 10 : 70}
        fill="currentColor"
        initial={{ [axis]: 0, opacity: 1 }}
        animate={{ [axis]: (forward ? 1 : -1) * length * (look === 'refused' ? 0.5 : 1), opacity: [1, 1, 0] }}
        transition={{ duration: 1.4, ease: 'easeInOut' }}
      />
    );
  return (
    <span className={cn('block', STROKE[look])}>
      <svg viewBox="0 0 120 24" aria-hidden="true" className="hidden h-6 w-full @4xl:block">
        <path d="M6 12h108" stroke="currentColor" strokeWidth={width} strokeDasharray={dash} />
        <path
          d={forward ? 'M102 4l12 8-12 8' : 'M18 4 6 12l12 8'}
          fill="none"
          stroke="currentColor"
          strokeWidth={width}
          strokeLinejoin="round"
        />
        {packet('x', 100)}
      </svg>
      <svg viewBox="0 0 24 80" aria-hidden="true" className="mx-auto h-16 w-6 @4xl:hidden">
        <path d="M12 4v72" stroke="currentColor" strokeWidth={width} strokeDasharray={dash} />
        <path
          d={forward ? 'M4 64l8 12 8-12' : 'M4 16l8-12 8 12'}
          fill="none"
          stroke="currentColor"
          strokeWidth={width}
          strokeLinejoin="round"
        />
        {packet('y', 60)}
      </svg>
    </span>
  );
}

/**
 * Between the laptop and the registry: `docker push` and `docker pull` as arrows, the last one that
 * happened drawn bold (dashed and red when refused); `LastTransfer` says what it did. The packet
 * runs only for a transfer that happens while the picture is shown, never with reduced motion.
 */
export function TransferArrows({ transfer }: { transfer: TransferModel | null }) {
  const reduceMotion = useReducedMotion();
  const [firstIndex] = useState(() => transfer?.index ?? -1);
  // The last packet that arrived: it leaves the picture instead of resting, faded, on the arrow.
  const [arrived, setArrived] = useState<number | null>(null);
  const moving =
    transfer !== null && transfer.index !== firstIndex && transfer.index !== arrived && !reduceMotion
      ? transfer.index
      : null;
  const lookOf = (direction: 'push' | 'pull'): Look =>
    transfer?.direction !== direction ? 'idle' : transfer.outcome === 'done' ? 'done' : 'refused';
  return (
    <section role="group" aria-label="Push and pull" className="min-w-0 space-y-2 @4xl:pt-10">
      <div className="grid grid-cols-2 gap-2 @4xl:grid-cols-1 @4xl:gap-4">
        {(['push', 'pull'] as const).map((direction) => (
          <div key={direction} className="text-center">
            <Arrow
              direction={direction}
              look={lookOf(direction)}
              packetKey={transfer?.direction === direction ? moving : null}
              onPacketDone={setArrived}
            />
            <p className={cn('font-mono text-sm font-semibold', STROKE[lookOf(direction)])}>
              docker {direction}
              <span className="sr-only">
                {lookOf(direction) === 'idle' ? '' : ` (last: ${lookOf(direction)})`}
              </span>
            </p>
          </div>
        ))}
      </div>
      {transfer === null && <p className="text-sm text-[var(--fg-soft)]">Nothing pushed or pulled yet.</p>}
    </section>
  );
}
