'use client';

import { useMemo } from 'react';
import type { EcsInspect } from '../inspect-target';
import { selectEcsState, useEcsState } from '../use-ecs-state';
import { ServicePanel } from './service-card';
import { visibleServices } from './service-counts';

/** One panel per ACTIVE or DRAINING service of the cluster; nothing when there are none. */
export function ServicePanels({ onInspect, cluster }: { onInspect: EcsInspect; cluster: string }) {
  // The counts come from the tasks and the whole-state formatter, so the panels follow every change.
  const state = useEcsState(selectEcsState);
  const services = useMemo(() => visibleServices(state.services, cluster), [state.services, cluster]);
  if (services.length === 0) return null;
  return (
    <div className="grid gap-3 lg:grid-cols-2">
      {services.map((service) => (
        <ServicePanel key={service.arn} service={service} state={state} onInspect={onInspect} />
      ))}
    </div>
  );
}
