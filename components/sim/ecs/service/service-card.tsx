'use client';

import { useId, useMemo, type ReactNode } from 'react';
import type { EcsState, Service } from '@/lib/sim/ecs/types';
import type { EcsInspect } from '../inspect-target';
import { BigCounts } from './big-counts';
import { DeploymentList } from './deployment-list';
import { scalableTargetOf } from './scaling-summary';
import { serviceCounts } from './service-counts';
import { ServiceEventLog } from './service-event-log';
import { ServiceFacts } from './service-facts';
import { serviceTargetGroups } from './target-health';
import { TargetGroupList } from './target-group-list';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="border-t border-[var(--border)] pt-3">
      <h4 className="mb-2 text-base font-semibold">{title}</h4>
      {children}
    </div>
  );
}

/** One service: what it is, its counts, deployments, target groups and event log. */
export function ServicePanel({
  service,
  state,
  onInspect,
}: {
  service: Service;
  state: EcsState;
  onInspect: EcsInspect;
}) {
  const titleId = useId();
  const counts = useMemo(() => serviceCounts(service, state), [service, state]);
  const groups = useMemo(
    () => serviceTargetGroups(service, state.targetGroups),
    [service, state.targetGroups],
  );
  const scaling = useMemo(
    () => scalableTargetOf(service, state.scalableTargets),
    [service, state.scalableTargets],
  );
  return (
    <section
      role="group"
      aria-labelledby={titleId}
      className="@container space-y-3 rounded-xl border border-[var(--border)] bg-[var(--bg-soft)] p-3 text-base"
    >
      <h3 id={titleId} className="flex flex-wrap items-baseline gap-x-3 text-lg font-semibold">
        <span>
          Service{' '}
          <button
            type="button"
            onClick={() => onInspect({ kind: 'service', cluster: service.cluster, name: service.name })}
            aria-label={`${service.name}: show details`}
            className="text-accent-700 dark:text-accent-300 rounded font-mono underline underline-offset-2 hover:no-underline"
          >
            {service.name}
          </button>
        </span>
        {service.status === 'DRAINING' && (
          <span className="text-base font-normal text-amber-800 dark:text-amber-300">
            DRAINING: being deleted
          </span>
        )}
      </h3>
      {/* Two columns when the panel is wide (full screen, a projector); one on a phone or in a lesson. */}
      <div className="grid items-start gap-3 @3xl:grid-cols-2 @3xl:gap-6">
        <div className="space-y-3">
          <BigCounts counts={counts} />
          <ServiceFacts service={service} scaling={scaling} onInspect={onInspect} />
          <Part title="Deployments">
            <DeploymentList
              deployments={service.deployments}
              counts={counts.deployments}
              onInspect={onInspect}
            />
          </Part>
        </div>
        <div className="space-y-3">
          {groups.length > 0 && (
            <Part title={groups.length === 1 ? 'Target group' : 'Target groups'}>
              <TargetGroupList groups={groups} onInspect={onInspect} />
            </Part>
          )}
          <Part title="Events">
            <ServiceEventLog events={service.events} serviceName={service.name} />
          </Part>
        </div>
      </div>
    </section>
  );
}
