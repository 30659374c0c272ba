'use client';

import { useId, useMemo } from 'react';
import { explainLastPlacement } from '@/lib/sim/ecs/tasks/place';
import type { EcsInspect } from '../inspect-target';
import { useEcsState } from '../use-ecs-state';
import { orderExplanation } from './explanation-order';
import { placedTaskDefinition, placementSentence } from './placement-summary';
import { unableReason } from './unable-reason';
import { WhyRow } from './why-row';

/**
 * "Why this host?": the last placement in this cluster explained instance by instance (which
 * check filtered it out, or how the strategies ranked it), computed on demand from the record.
 */
export function WhyThisHost({ onInspect, cluster }: { onInspect: EcsInspect; cluster: string }) {
  const record = useEcsState((state) => state.lastPlacement);
  const tasks = useEcsState((state) => state.tasks);
  const titleId = useId();
  const mine = record !== null && record.cluster === cluster ? record : null;

  const explained = useMemo(() => {
    if (mine === null) return null;
    const rows = explainLastPlacement({ lastPlacement: mine }) ?? [];
    return { rows: orderExplanation(rows), unable: unableReason(mine, rows) };
  }, [mine]);
  const taskDefinition = useMemo(
    () => (mine === null ? null : placedTaskDefinition(mine, tasks)),
    [mine, tasks],
  );

  return (
    <section role="group" aria-labelledby={titleId} className="text-base">
      <h3 id={titleId} className="text-lg font-semibold">
        Why this host?
      </h3>
      {mine === null || explained === null ? (
        <p className="mt-1 text-[var(--fg-soft)]">
          Each time ECS places tasks on this cluster&apos;s instances, this shows how it chose: which
          instances it filtered out and why, and how its placement strategy ranked the rest. Run a task or
          create a service with the EC2 launch type to see one.
        </p>
      ) : (
        <>
          <p className="mt-1">{placementSentence(mine, taskDefinition)}</p>
          {explained.unable !== null && (
            <p className="mt-2 rounded-md border-l-4 border-red-600 bg-[var(--bg-soft)] px-3 py-2 dark:border-red-400">
              <span className="font-semibold">No instance could take the task.</span> The{' '}
              {explained.unable.source}: <q className="break-words">{explained.unable.text}</q>
            </p>
          )}
          {explained.rows.length === 0 ? (
            <p className="mt-2">The cluster had no container instances to consider.</p>
          ) : (
            <>
              <p className="mt-2 text-[var(--fg-soft)]">Each instance as it stood for the first task:</p>
              <ol aria-label="Instances considered" className="mt-1">
                {explained.rows.map((row) => (
                  <WhyRow key={row.containerInstanceId} row={row} onInspect={onInspect} />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
