'use client';

import { memo } from 'react';
import type { Task } from '@/lib/sim/ecs/types';
import type { EcsInspect } from './inspect-target';
import type { PictureMode } from './picture-mode';
import { TaskList } from './task-list';

/**
 * EC2 tasks a capacity provider is holding in PROVISIONING until an instance with room registers
 * (reference §5.6). They have no instance or zone yet; once placed, each chip slides to its host.
 */
export const WaitingArea = memo(function WaitingArea({
  tasks,
  mode,
  onInspect,
}: {
  tasks: readonly Task[];
  mode: PictureMode;
  onInspect: EcsInspect;
}) {
  return (
    <section
      role="group"
      aria-label="Tasks waiting for capacity"
      className="rounded-xl border-2 border-dashed border-amber-500 p-2 dark:border-amber-400"
    >
      <h3 className="font-semibold">Waiting for capacity</h3>
      <p className="text-sm text-[var(--fg-soft)]">
        No instance has room for these tasks yet: they wait in PROVISIONING while their capacity provider
        scales out.
      </p>
      <div className="mt-1.5">
        <TaskList tasks={tasks} mode={mode} label="Tasks waiting for capacity" onInspect={onInspect} />
      </div>
    </section>
  );
});
