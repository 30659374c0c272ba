'use client';

import { useCallback, useMemo, useState } from 'react';
import { useRenderMeasure } from '../use-render-measure';
import { ControlPlane } from './control-plane';
import { EksInspectorDialog } from './eks-inspector-dialog';
import type { EksInspectTarget } from './inspect-target';
import { AGGREGATE_ABOVE } from './pod-chip';
import { buildPicture, explainedPod } from './picture-model';
import { UnscheduledPods } from './unscheduled-pods';
import { selectEksState, useEksState } from './use-eks-state';
import { WhyThisNode } from './why-this-node';
import { WorkloadsPanel } from './workloads-panel';
import { ZoneColumn } from './zone-column';

/**
 * The EKS picture: the control plane AWS runs, then one column per Availability Zone with its worker
 * nodes and their pods, the pods still waiting for a node, the learner's Deployments and Services,
 * and why the scheduler put a pod where it did. A click on a pod or node opens `kubectl describe`.
 * `explain={false}` leaves out "Why this node?" (a generated question's answer until it is given).
 */
export function EksPicture({ explain = true }: { explain?: boolean } = {}) {
  useRenderMeasure('eks-picture');
  const state = useEksState(selectEksState);
  const [showSystem, setShowSystem] = useState(false);
  const [inspected, setInspected] = useState<EksInspectTarget | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const model = useMemo(() => buildPicture(state, showSystem), [state, showSystem]);
  const aggregated = model.shownPods > AGGREGATE_ABOVE;
  const explained = useMemo(() => explainedPod(state.pods, picked), [state.pods, picked]);
  // Opening a pod also makes it the one "Why this node?" explains.
  const inspect = useCallback((target: EksInspectTarget) => {
    if (target.kind === 'pod') setPicked(target.uid);
    setInspected(target);
  }, []);

  if (state.cluster === null)
    return (
      <div data-testid="eks-picture" className="text-base">
        <p className="rounded-xl border-2 border-dashed border-[var(--border)] p-4">
          No cluster yet. Create one in the console below: <code>aws eks create-cluster --name demo …</code>{' '}
          (the console&apos;s <code>help</code> shows the whole line).
        </p>
      </div>
    );

  return (
    <div data-testid="eks-picture" data-pod-count={model.shownPods} className="space-y-4 text-base">
      <ControlPlane cluster={state.cluster} kubeconfig={state.kubeconfig} />
      <label className="flex w-fit items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={showSystem}
          onChange={(event) => setShowSystem(event.target.checked)}
          className="size-5"
        />
        Show kube-system pods (the add-ons EKS runs on every node)
      </label>
      {aggregated && (
        <p className="rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 py-2 text-sm">
          {model.shownPods.toLocaleString('en-US')} pods, more than {AGGREGATE_ABOVE}: the picture counts them
          per status on each node instead of drawing one chip per pod.
        </p>
      )}
      {model.unscheduled.length > 0 && (
        <UnscheduledPods pods={model.unscheduled} aggregated={aggregated} onInspect={inspect} />
      )}
      <div className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,16rem),1fr))] items-start gap-3">
        {model.zones.map((zone) => (
          <ZoneColumn key={zone.zone} zone={zone} aggregated={aggregated} onInspect={inspect} />
        ))}
      </div>
      <WorkloadsPanel state={state} onInspect={inspect} />
      {explain && <WhyThisNode pod={explained} onInspect={inspect} />}
      <EksInspectorDialog target={inspected} onClose={() => setInspected(null)} />
    </div>
  );
}
