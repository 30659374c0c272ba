'use client';

import type { Pod } from '@/lib/sim/eks/types';
import type { EksInspect } from './inspect-target';
import { PodList } from './pod-chip';

/** The scheduler's FailedScheduling texts among these pods, each once, with how many pods it holds. */
export function failedMessages(pods: readonly Pod[]): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const pod of pods) {
    const message = pod.lastScheduling?.message;
    if (message) counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({ message, count }));
}

/** Pods with no node yet, and, when the scheduler found none, the FailedScheduling event in its words. */
export function UnscheduledPods({
  pods,
  aggregated,
  onInspect,
}: {
  pods: readonly Pod[];
  aggregated: boolean;
  onInspect: EksInspect;
}) {
  const messages = failedMessages(pods);
  return (
    <section
      role="group"
      aria-label="Pods waiting for a node"
      className="rounded-xl border-2 border-dashed border-amber-600 bg-[var(--bg)] p-2 dark:border-amber-400"
    >
      <h3 className="font-semibold">
        Not scheduled: {pods.length === 1 ? '1 pod' : `${pods.length} pods`} waiting for a node
      </h3>
      {messages.map(({ message, count }) => (
        <p key={message} className="mt-1 text-sm wrap-anywhere">
          <span className="font-semibold">Warning FailedScheduling</span>
          {count > 1 ? ` (${count} pods)` : ''}: <q>{message}</q>
        </p>
      ))}
      <div className="mt-2">
        <PodList pods={pods} aggregated={aggregated} label="Unscheduled pods" onInspect={onInspect} />
      </div>
    </section>
  );
}
