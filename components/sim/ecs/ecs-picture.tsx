'use client';

import { memo, useMemo, useState } from 'react';
import type { Task } from '@/lib/sim/ecs/types';
import { useRenderMeasure } from '../use-render-measure';
import { AzColumn } from './az-column';
import { ClusterPicker } from './cluster-picker';
import { EcsInspectorDialog } from './ecs-inspector-dialog';
import type { EcsInspectTarget } from './inspect-target';
import { formatCount } from './labels';
import { buildPicture, clusterChoices, defaultCluster } from './picture-model';
import { AGGREGATE_ABOVE, activeTaskCount, pictureMode } from './picture-mode';
import { RegistryStrip } from './registry/registry-strip';
import { ServicePanels as ServicePanelsAsWritten } from './service/service-panel';
import { createListKeeper } from './stable-lists';
import { StatusLegend } from './status-legend';
import { selectEcsState, useEcsState } from './use-ecs-state';
import { WaitingArea } from './waiting-area';
import { WhyThisHost as WhyThisHostAsWritten } from './why/why-this-host';

// Their props (cluster, a stable onInspect) do not change on a tick; they subscribe to what they show.
const ServicePanels = memo(ServicePanelsAsWritten);
const WhyThisHost = memo(WhyThisHostAsWritten);

/**
 * The ECS picture: one cluster, one column per Availability Zone with its instances and their
 * tasks, Fargate tasks in their zone; then why the last task went where it did, the services, and
 * the inspector every object opens. Above a few hundred tasks it draws counts instead of chips.
 * `explain={false}` leaves out "Why this host?" (a generated question's answer until it is given).
 */
export function EcsPicture({ explain = true }: { explain?: boolean } = {}) {
  useRenderMeasure('ecs-picture');
  const state = useEcsState(selectEcsState);
  const [chosen, setChosen] = useState<string | null>(null);
  const [inspected, setInspected] = useState<EcsInspectTarget | null>(null);
  // A cache, not state: it only lets unchanged task lists keep their identity between ticks.
  const [keeper] = useState(() => createListKeeper<Task>());

  const choices = clusterChoices(state);
  const cluster = chosen !== null && choices.includes(chosen) ? chosen : defaultCluster(state);
  // Keep showing the cluster first shown while it exists, so the picture does not jump to another
  // cluster whenever their task counts cross.
  if (cluster !== null && cluster !== chosen) setChosen(cluster);
  const { zones, waiting } = useMemo(() => {
    if (cluster === null) return { zones: [], waiting: [] };
    const built = buildPicture(state, cluster, keeper.keep);
    keeper.commit();
    return built;
  }, [state, cluster, keeper]);
  const active = cluster === null ? 0 : activeTaskCount(state.tasks, cluster);
  const mode = pictureMode(active);
  const shownTasks = zones.reduce(
    (sum, zone) => sum + zone.fargateTasks.length + zone.hosts.reduce((n, host) => n + host.tasks.length, 0),
    waiting.length,
  );

  return (
    <div
      data-testid="ecs-picture"
      data-task-count={shownTasks}
      data-mode={mode}
      className="space-y-4 text-base"
    >
      {cluster === null ? (
        <p className="rounded-xl border-2 border-dashed border-[var(--border)] p-4">
          No cluster yet. Create one in the console below: <code>aws ecs create-cluster</code>
        </p>
      ) : (
        <>
          <ClusterPicker cluster={cluster} choices={choices} onChoose={setChosen} onInspect={setInspected} />
          {mode === 'aggregated' && (
            <p className="rounded-lg border border-[var(--border)] bg-[var(--bg)] px-3 py-2 text-sm">
              {formatCount(active)} tasks have not stopped, more than {AGGREGATE_ABOVE}: the picture counts
              them per state on each instance instead of drawing one chip per task.
            </p>
          )}
          {waiting.length > 0 && <WaitingArea tasks={waiting} mode={mode} onInspect={setInspected} />}
          <div className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,16rem),1fr))] items-start gap-3">
            {zones.map((zone) => (
              <AzColumn key={zone.az} zone={zone} mode={mode} onInspect={setInspected} />
            ))}
          </div>
          <StatusLegend />
          {explain && <WhyThisHost cluster={cluster} onInspect={setInspected} />}
          <ServicePanels cluster={cluster} onInspect={setInspected} />
        </>
      )}
      <RegistryStrip />
      <EcsInspectorDialog target={inspected} onClose={() => setInspected(null)} />
    </div>
  );
}
