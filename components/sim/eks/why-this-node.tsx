'use client';

import { useId, useMemo } from 'react';
import { StatusIcon, type Status } from '@/components/ui/status-icon';
import { cn } from '@/lib/cn';
import type { Pod } from '@/lib/sim/eks/types';
import type { EksInspect } from './inspect-target';
import { schedulingSentence, whyNodeRows, type WhyNodeRow } from '@/lib/sim/eks/why-rows';

const ICON: Record<WhyNodeRow['verdict'], Status> = { chosen: 'done', scored: 'todo', filtered: 'wrong' };
const WORD: Record<WhyNodeRow['verdict'], string> = {
  chosen: 'Chosen',
  scored: 'Scored',
  filtered: 'Filtered',
};
const COLOUR: Record<WhyNodeRow['verdict'], string> = {
  chosen: 'text-accent-700 dark:text-accent-300',
  scored: 'text-[var(--fg)]',
  filtered: 'text-red-700 dark:text-red-300',
};

/**
 * "Why this node?": the kube-scheduler's filter and score phases for one pod, node by node, in the
 * plugins' own names. `pod` is the pod the learner picked, or the last one the scheduler decided on.
 */
export function WhyThisNode({ pod, onInspect }: { pod: Pod | null; onInspect: EksInspect }) {
  const titleId = useId();
  const rows = useMemo(() => (pod?.lastScheduling ? whyNodeRows(pod.lastScheduling) : []), [pod]);
  const record = pod?.lastScheduling ?? null;
  return (
    <section role="group" aria-labelledby={titleId} className="text-base">
      <h3 id={titleId} className="text-lg font-semibold">
        Why this node?
      </h3>
      {pod === null || record === null ? (
        <p className="mt-1 text-[var(--fg-soft)]">
          Each time the kube-scheduler decides where a pod runs, this shows how: which nodes a filter plugin
          removed and why, and how the score plugins ranked the rest. Create a Deployment to see one:{' '}
          <code>kubectl create deployment web --image=nginx --replicas=3</code>
        </p>
      ) : (
        <>
          <p className="mt-1">{schedulingSentence(pod.name, record)}</p>
          {record.message !== null && (
            <p className="mt-2 rounded-md border-l-4 border-red-600 bg-[var(--bg-soft)] px-3 py-2 wrap-anywhere dark:border-red-400">
              <span className="font-semibold">Warning FailedScheduling:</span> <q>{record.message}</q>
            </p>
          )}
          <ol aria-label="Nodes considered" className="mt-2">
            {rows.map((row) => (
              <li key={row.node} className="border-t border-[var(--border)] py-2 first:border-t-0">
                <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className={cn('flex items-center gap-1.5 font-semibold', COLOUR[row.verdict])}>
                    <StatusIcon status={ICON[row.verdict]} className="size-5" />
                    {WORD[row.verdict]}
                  </span>
                  <button
                    type="button"
                    onClick={() => onInspect({ kind: 'node', name: row.node })}
                    aria-label={`Node ${row.node}: show kubectl describe node`}
                    className="text-accent-700 dark:text-accent-300 rounded font-mono break-all underline underline-offset-2 hover:no-underline"
                  >
                    {row.node.split('.')[0]}
                  </button>
                </p>
                {row.parts.length === 0 ? (
                  <p className="mt-0.5 wrap-anywhere">{row.why}</p>
                ) : (
                  <>
                    <p className="mt-0.5 font-semibold">Total {row.total}</p>
                    <ul className="mt-0.5 list-disc pl-5">
                      {row.parts.map((part) => (
                        <li key={part.plugin} className="wrap-anywhere">
                          <span className="font-mono text-sm">{part.plugin}</span> {part.score} ×{' '}
                          {part.weight}
                          {part.reason === '' ? '' : `: ${part.reason}`}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ol>
          {record.omitted > 0 && (
            <p className="mt-1 text-[var(--fg-soft)]">
              {record.omitted} more nodes were considered; the record keeps the {rows.length} most telling.
            </p>
          )}
        </>
      )}
    </section>
  );
}
