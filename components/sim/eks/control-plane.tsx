'use client';

import { cn } from '@/lib/cn';
import type { Cluster } from '@/lib/sim/eks/types';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';

/**
 * The control plane, drawn apart from the worker nodes because AWS runs it in its own account: the
 * learner sees its status and version, never its machines (reference §7.1).
 */
export function ControlPlane({ cluster, kubeconfig }: { cluster: Cluster; kubeconfig: string | null }) {
  const active = cluster.status === 'ACTIVE';
  const tone = active ? 'ready' : 'busy';
  return (
    <section
      role="group"
      aria-label={`EKS control plane of cluster ${cluster.name}`}
      className="rounded-xl border-2 border-dashed border-[var(--border)] bg-[var(--bg)] p-3"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="font-semibold">
          EKS control plane · cluster <span className="font-mono">{cluster.name}</span>
        </h3>
        <p className={cn('flex items-center gap-1 text-sm font-semibold', TONE_CLASSES[tone].text)}>
          <StateSymbol name={active ? 'dot' : 'quarter'} />
          {cluster.status} · Kubernetes {cluster.version}
        </p>
      </div>
      <p className="mt-1 text-sm text-[var(--fg-soft)]">
        Managed by AWS in its own account: at least two API server instances and three etcd instances across
        three Availability Zones.{' '}
        {kubeconfig === null
          ? 'kubectl is not configured yet: run aws eks update-kubeconfig.'
          : 'kubectl talks to its API server endpoint.'}
      </p>
    </section>
  );
}
