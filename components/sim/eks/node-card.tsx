'use client';

import { memo } from 'react';
import { cn } from '@/lib/cn';
import type { NodeUse } from '@/lib/sim/eks/scheduler';
import type { KubeNode, Pod } from '@/lib/sim/eks/types';
import { ResourceBar } from '../ecs/resource-bar';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import type { EksInspect } from './inspect-target';
import { PodList } from './pod-chip';
import { isFargateNode } from '@/lib/sim/eks/fargate-pods';
import { nodeLook } from './pod-look';

/** `ip-192-168-32-10.ec2.internal` → `ip-192-168-32-10`: the part that differs, for a card's title. */
export const shortNodeName = (name: string) => name.split('.')[0] ?? name;

function Taints({ node }: { node: KubeNode }) {
  if (node.taints.length === 0) return null;
  return (
    <p className="text-sm wrap-anywhere">
      <span className="font-semibold">Taints:</span>{' '}
      {node.taints
        .map((taint) => `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`)
        .join(', ')}
    </p>
  );
}

/**
 * One worker node: its name (a button: `kubectl describe node`), instance type and state in
 * kubectl's words; what its pods request of what it can allocate (CPU in millicores, memory in
 * MiB, pods against the VPC CNI limit); its taints; and its pods.
 */
export const NodeCard = memo(function NodeCard({
  node,
  use,
  pods,
  hiddenSystemPods,
  aggregated,
  onInspect,
}: {
  node: KubeNode;
  use: NodeUse;
  pods: readonly Pod[];
  hiddenSystemPods: number;
  aggregated: boolean;
  onInspect: EksInspect;
}) {
  const look = nodeLook(node);
  const joining = node.joinsAt !== null;
  const fargate = isFargateNode(node);
  const down = node.ready !== 'True' && !joining;
  return (
    <article
      aria-label={`${fargate ? 'Fargate node' : 'Node'} ${node.name}`}
      className={cn(
        'min-w-0 rounded-lg border-2 bg-[var(--bg)] p-2',
        down || joining ? 'border-dashed' : '',
        down ? 'border-red-600 dark:border-red-400' : 'border-[var(--border)]',
      )}
    >
      <button
        type="button"
        disabled={joining}
        onClick={() => onInspect({ kind: 'node', name: node.name })}
        aria-label={`Node ${node.name}, ${fargate ? 'Fargate' : node.instanceType}. Show kubectl describe node`}
        className="flex w-full min-w-0 flex-wrap items-baseline justify-between gap-x-2 rounded-md text-left"
      >
        <span
          className={cn(
            'min-w-0 font-mono text-sm font-semibold break-all',
            !joining && 'text-accent-700 dark:text-accent-300 underline underline-offset-2',
          )}
        >
          {shortNodeName(node.name)}
        </span>
        <span className="text-sm text-[var(--fg-soft)]">{fargate ? 'Fargate' : node.instanceType}</span>
      </button>
      <p className={cn('mt-1 flex items-center gap-1 text-sm font-semibold', TONE_CLASSES[look.tone].text)}>
        <StateSymbol name={look.symbol} />
        <span>
          <span className="sr-only">Status </span>
          {look.label}
        </span>
      </p>
      {joining ? (
        <p className="text-sm text-[var(--fg-soft)]">
          The EC2 instance {node.instanceId} is booting; the kubelet has not registered the node yet.
        </p>
      ) : (
        <div className="mt-1.5 space-y-1">
          <ResourceBar label="CPU requests" reserved={use.cpu} registered={node.allocatable.cpu} unit="m" />
          <ResourceBar
            label="Memory requests"
            reserved={use.memory}
            registered={node.allocatable.memory}
            unit="MiB"
          />
          <ResourceBar label="Pods" reserved={use.pods} registered={node.allocatable.pods} unit="" />
          <Taints node={node} />
        </div>
      )}
      {!joining && (
        <div className="mt-1.5">
          <PodList pods={pods} aggregated={aggregated} label={`Pods on ${node.name}`} onInspect={onInspect} />
          {pods.length === 0 && <p className="text-sm text-[var(--fg-soft)]">No pods of yours</p>}
          {hiddenSystemPods > 0 && (
            <p className="mt-1 text-sm text-[var(--fg-soft)]">
              + {hiddenSystemPods} kube-system {hiddenSystemPods === 1 ? 'pod' : 'pods'}
            </p>
          )}
        </div>
      )}
    </article>
  );
});
