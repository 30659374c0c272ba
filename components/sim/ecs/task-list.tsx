'use client';

import { memo } from 'react';
import { AnimatePresence } from 'framer-motion';
import type { Task } from '@/lib/sim/ecs/types';
import { StateTally } from '../vm/state-tally';
import type { EcsInspect } from './inspect-target';
import type { PictureMode } from './picture-mode';
import { TaskChip } from './task-chip';
import { taskTally } from './task-status';

/**
 * The tasks of one instance or one Fargate area: a chip each, or, in the aggregated picture, a
 * count per state and one bar. `label` names the list for screen readers ("Tasks on i-0a1b…").
 */
export const TaskList = memo(function TaskList({
  tasks,
  mode,
  label,
  onInspect,
}: {
  tasks: readonly Task[];
  mode: PictureMode;
  label: string;
  onInspect: EcsInspect;
}) {
  if (mode === 'aggregated')
    return (
      <div role="group" aria-label={label} className="text-sm">
        <StateTally rows={taskTally(tasks)} noun={tasks.length === 1 ? 'task' : 'tasks'} />
      </div>
    );
  return (
    <ul aria-label={label} className="grid grid-cols-[repeat(auto-fill,minmax(8.5rem,1fr))] gap-1">
      {/* presenceAffectsLayout off: otherwise every render gives each chip a new presence context,
          re-rendering (and re-measuring) all chips of an instance whenever one of them changes. */}
      <AnimatePresence initial={false} presenceAffectsLayout={false}>
        {tasks.map((task) => (
          <TaskChip key={task.id} task={task} onInspect={onInspect} />
        ))}
      </AnimatePresence>
    </ul>
  );
});
