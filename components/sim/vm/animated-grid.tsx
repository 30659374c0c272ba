'use client';

import type { ReactNode } from 'react';
import { AnimatePresence, m } from 'framer-motion';
import { cn } from '@/lib/cn';

const enter = { opacity: 0, scale: 0.85 };
const shown = { opacity: 1, scale: 1 };
const transition = { duration: 0.25 };

/**
 * A list of workloads keyed by id: new ones fade in where they land, leaving ones fade out and the
 * rest slide to close the gap (STYLE.md §6). Layout is only measured when the set of ids changes,
 * so a tick that only moves a boot bar costs no layout work. The frame's MotionConfig turns all
 * of this off for people who asked for reduced motion.
 */
export function AnimatedGrid<T>({
  items,
  getKey,
  render,
  label,
  className,
  columns,
}: {
  items: readonly T[];
  getKey: (item: T) => string;
  render: (item: T) => ReactNode;
  label: string;
  className?: string;
  /** Equal columns, as many as the host's width allows (see workload-layout.ts). */
  columns?: number;
}) {
  const keys = items.map(getKey);
  const layoutKey = keys.join();
  return (
    <ul
      aria-label={label}
      className={cn('relative grid gap-1.5', className)}
      style={
        columns === undefined ? undefined : { gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }
      }
    >
      <AnimatePresence initial={false} mode="popLayout">
        {items.map((item, index) => (
          <m.li
            key={keys[index]}
            layout
            layoutDependency={layoutKey}
            initial={enter}
            animate={shown}
            exit={enter}
            transition={transition}
            className="min-w-0"
          >
            {render(item)}
          </m.li>
        ))}
      </AnimatePresence>
    </ul>
  );
}
