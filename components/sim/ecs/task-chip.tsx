'use client';

import { memo } from 'react';
import { m } from 'framer-motion';
import { cn } from '@/lib/cn';
import type { Task } from '@/lib/sim/ecs/types';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import type { EcsInspect } from './inspect-target';
import { capacityTag, shortId, taskDefinitionLabel } from './labels';
import { healthLook, taskLook } from './task-status';

/**
 * One task: its state (colour, symbol and ECS's word), health when known, `family:revision`,
 * "Spot" for a Fargate Spot task, and its id cut to 8 digits (the whole id is in the accessible name and the title). Keyed by task id
 * with a shared layoutId, so a task slides to the instance that got it; a STOPPED task keeps a
 * dashed border (full contrast, for AA) until it leaves the picture, fading out.
 * Memoised: the engine keeps an unchanged task the same object, so a tick re-renders only the
 * chips whose task changed.
 */
export const TaskChip = memo(function TaskChip({ task, onInspect }: { task: Task; onInspect: EcsInspect }) {
  const look = taskLook(task);
  const health = healthLook(task.healthStatus);
  const definition = taskDefinitionLabel(task.taskDefinitionArn);
  const tag = capacityTag(task);
  const stopped = task.lastStatus === 'STOPPED';
  return (
    <m.li
      layoutId={task.id}
      layout="position"
      initial={{ opacity: 0, scale: 0.9 }}
      animate={{ opacity: 1, scale: 1 }}
      exit={{ opacity: 0, scale: 0.9 }}
      transition={{ duration: 0.3 }}
      className="min-w-0"
    >
      <button
        type="button"
        title={`Task ${task.id}`}
        onClick={() => onInspect({ kind: 'task', id: task.id })}
        aria-label={`Task ${task.id}, ${definition}${tag ? ', Fargate Spot' : ''}, ${look.label}${task.stopCode ? ` (${task.stopCode})` : ''}${health ? `, ${health.label}` : ''}. Show describe-tasks`}
        className={cn(
          'flex w-full min-w-0 flex-col rounded-md border-2 px-1.5 py-0.5 text-left text-sm leading-5 hover:shadow-md',
          TONE_CLASSES[look.tone].card,
          stopped && 'border-dashed',
        )}
      >
        <span
          className={cn(
            'flex min-w-0 flex-wrap items-center gap-x-1.5 font-semibold',
            TONE_CLASSES[look.tone].text,
          )}
        >
          <span className="flex items-center gap-1">
            <StateSymbol name={look.symbol} />
            {look.label}
          </span>
          {health && (
            <span className={cn('flex items-center gap-0.5', TONE_CLASSES[health.tone].text)}>
              <StateSymbol name={health.symbol} />
              {health.label}
            </span>
          )}
        </span>
        <span className="flex min-w-0 flex-wrap gap-x-1.5">
          <span className="min-w-0 truncate font-medium">{definition}</span>
          {tag && <span className="font-semibold">{tag}</span>}
          <span className="font-mono text-[var(--fg-soft)]">{shortId(task.id)}</span>
        </span>
      </button>
    </m.li>
  );
});
