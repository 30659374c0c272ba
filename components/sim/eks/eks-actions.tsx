'use client';

import { useMemo, type ReactNode } from 'react';
import { useSim } from '../sim-context';
import { quickActions } from './action-lines';
import { useEksState } from './use-eks-state';

/**
 * The picture's quick actions: each runs a console line through the store, exactly as if typed, so
 * the console and the transcript show it. `manifestEditor` is the slot for the editor's button.
 */
export function EksActions({ manifestEditor }: { manifestEditor?: ReactNode }) {
  const runLine = useSim((store) => store.runLine);
  const cluster = useEksState((state) => state.cluster);
  const kubeconfig = useEksState((state) => state.kubeconfig);
  const nodes = useEksState((state) => state.nodes);
  const deployments = useEksState((state) => state.deployments);
  const actions = useMemo(
    () => quickActions({ cluster, kubeconfig, nodes, deployments }),
    [cluster, kubeconfig, nodes, deployments],
  );
  return (
    <div role="group" aria-label="Quick actions" className="grid gap-2 sm:grid-cols-2 lg:flex lg:flex-wrap">
      {manifestEditor}
      {actions.map((action) => (
        <button
          key={action.line}
          type="button"
          onClick={() => runLine(action.line)}
          className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 flex min-h-12 min-w-0 flex-col items-start rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left"
        >
          <span className="font-semibold">{action.label}</span>
          <span className="line-clamp-1 font-mono text-sm wrap-anywhere text-[var(--fg-soft)] sm:line-clamp-none">{action.line}</span>
        </button>
      ))}
    </div>
  );
}
