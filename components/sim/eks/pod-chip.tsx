'use client';

import { memo } from 'react';
import { AnimatePresence, m } from 'framer-motion';
import { cn } from '@/lib/cn';
import type { Pod } from '@/lib/sim/eks/types';
import { StateSymbol } from '../state-symbol';
import { StateTally } from '../vm/state-tally';
import { TONE_CLASSES } from '../vm/status';
import type { EksInspect } from './inspect-target';
import { podLook, podTally } from './pod-look';

/**
 * One pod: kubectl's STATUS word with a symbol and colour, its name, and its restarts when it has
 * any. Keyed by uid with a shared layoutId, so a pod that moves (never in Kubernetes: a replacement
 * is a new pod) would slide, and a new pod fades in where the scheduler put it.
 */
export const PodChip = memo(function PodChip({ pod, onInspect }: { pod: Pod; onInspect: EksInspect }) {
  const look = podLook(pod);
  const terminating = pod.deletedAt !== null;
  return (
    <m.li
      layoutId={pod.uid}
      layout="position"
      initial={{ opacity: 0, scale: 0.9 }}
      animate={{ opacity: 1, scale: 1 }}
      exit={{ opacity: 0, scale: 0.9 }}
      transition={{ duration: 0.3 }}
      className="min-w-0"
    >
      <button
        type="button"
        onClick={() => onInspect({ kind: 'pod', uid: pod.uid })}
        aria-label={`Pod ${pod.name}${pod.namespace === 'default' ? '' : ` in ${pod.namespace}`}, ${look.label}${pod.restarts > 0 ? `, ${pod.restarts} restarts` : ''}. Show kubectl describe`}
        className={cn(
          'flex w-full min-w-0 flex-col rounded-md border-2 px-1.5 py-0.5 text-left text-sm leading-5 hover:shadow-md',
          TONE_CLASSES[look.tone].card,
          terminating && 'border-dashed',
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
          {pod.restarts > 0 && <span className="font-normal">· {pod.restarts} restarts</span>}
        </span>
        <span className="min-w-0 font-mono break-all">{pod.name}</span>
      </button>
    </m.li>
  );
});

/**
 * Pods as chips, or above AGGREGATE_ABOVE pods in the picture a count per status: thousands of
 * chips are neither readable nor fast to draw.
 */
export const PodList = memo(function PodList({
  pods,
  aggregated,
  label,
  onInspect,
}: {
  pods: readonly Pod[];
  aggregated: boolean;
  label: string;
  onInspect: EksInspect;
}) {
  if (aggregated)
    return (
      <div role="group" aria-label={label} className="text-sm">
        <StateTally rows={podTally(pods)} noun={pods.length === 1 ? 'pod' : 'pods'} />
      </div>
    );
  return (
    <ul aria-label={label} className="grid grid-cols-[repeat(auto-fill,minmax(min(100%,12.5rem),1fr))] gap-1">
      <AnimatePresence initial={false} presenceAffectsLayout={false}>
        {pods.map((pod) => (
          <PodChip key={pod.uid} pod={pod} onInspect={onInspect} />
        ))}
      </AnimatePresence>
    </ul>
  );
});

/** Above this many pods drawn, the picture counts them per status instead of one chip each. */
export const AGGREGATE_ABOVE = 600;
