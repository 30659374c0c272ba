'use client';

import { useMemo, type ReactNode } from 'react';
import { QuickActionButton } from '../quick-action-button';
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
        <QuickActionButton
          key={action.line}
          label={action.label}
          line={action.line}
          onRun={runLine}
          lineClassName="sm:line-clamp-none"
        />
      ))}
    </div>
  );
}
