'use client';

import { AnimatePresence, m } from 'framer-motion';

const MAX_DRAWN = 30;
const CELL = 14;
const GAP = 4;
const PER_ROW = 10;

/**
 * The replicas at the chosen minute as squares: filled for those serving, dashed for those still
 * starting. Keyed by position, so a scale-out grows new squares and a scale-in fades them. Past
 * 30 the picture stops drawing and the words carry the number.
 */
export function ReplicaPicture({
  replicas,
  ready,
  label,
}: {
  replicas: number;
  ready: number;
  label: string;
}) {
  const drawn = Math.min(replicas, MAX_DRAWN);
  const rows = Math.max(1, Math.ceil(drawn / PER_ROW));
  const width = PER_ROW * (CELL + GAP);
  const height = rows * (CELL + GAP);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      className="block max-w-full"
    >
      <AnimatePresence initial={false}>
        {Array.from({ length: drawn }, (_, index) => {
          const serving = index < ready;
          const x = (index % PER_ROW) * (CELL + GAP) + 1;
          const y = Math.floor(index / PER_ROW) * (CELL + GAP) + 1;
          return (
            <m.rect
              key={index}
              x={x}
              y={y}
              width={CELL - 2}
              height={CELL - 2}
              rx={2}
              initial={{ opacity: 0, scale: 0.3 }}
              animate={{ opacity: 1, scale: 1 }}
              exit={{ opacity: 0, scale: 0.3 }}
              transition={{ duration: 0.25 }}
              style={{ transformOrigin: `${x + CELL / 2}px ${y + CELL / 2}px` }}
              strokeWidth={2}
              strokeDasharray={serving ? undefined : '3 2'}
              className={
                serving
                  ? 'fill-accent-600 stroke-accent-700 dark:fill-accent-400 dark:stroke-accent-300'
                  : 'fill-none stroke-amber-600 dark:stroke-amber-400'
              }
            />
          );
        })}
      </AnimatePresence>
    </svg>
  );
}
