'use client';

import { memo } from 'react';
import type { Task } from '@/lib/sim/ecs/types';
import type { EcsInspect } from './inspect-target';
import type { PictureMode } from './picture-mode';
import { TaskList } from './task-list';

/**
 * Fargate tasks of one Availability Zone, in its subnets, with no instance drawn around them:
 * AWS runs the host, so there is none to see (reference §1).
 */
export const FargateArea = memo(function FargateArea({
  az,
  subnets,
  tasks,
  mode,
  onInspect,
}: {
  az: string;
  /** The zone's subnet ids, joined: a string, so the memo holds across ticks. */
  subnets: string;
  tasks: readonly Task[];
  mode: PictureMode;
  onInspect: EcsInspect;
}) {
  return (
    <section
      role="group"
      aria-label={`Fargate tasks in ${az}`}
      className="min-w-0 rounded-lg border-2 border-dashed border-[var(--border)] p-2"
    >
      <h4 className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <span className="font-semibold">Fargate</span>
        <span className="font-mono break-all text-[var(--fg-soft)]">{subnets}</span>
      </h4>
      <div className="mt-1.5">
        <TaskList tasks={tasks} mode={mode} label={`Fargate tasks in ${az}`} onInspect={onInspect} />
      </div>
    </section>
  );
});
