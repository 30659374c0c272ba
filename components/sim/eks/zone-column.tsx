'use client';

import type { EksInspect } from './inspect-target';
import { NodeCard } from './node-card';
import type { ZoneModel } from './picture-model';

/** One Availability Zone: the worker nodes whose subnets are in it, EC2 first, then Fargate. */
export function ZoneColumn({
  zone,
  aggregated,
  onInspect,
}: {
  zone: ZoneModel;
  aggregated: boolean;
  onInspect: EksInspect;
}) {
  return (
    <section
      // A group, not a landmark: a lesson shows several simulators, and landmarks must be unique.
      role="group"
      aria-label={`Availability Zone ${zone.zone}`}
      className="min-w-0 rounded-xl border-2 border-[var(--border)] bg-[var(--bg-soft)] p-2"
    >
      <h3 className="font-semibold">{zone.zone}</h3>
      <div className="mt-2 space-y-2">
        {zone.nodes.map((model) => (
          <NodeCard
            key={model.node.name}
            node={model.node}
            use={model.use}
            pods={model.pods}
            hiddenSystemPods={model.hiddenSystemPods}
            aggregated={aggregated}
            onInspect={onInspect}
          />
        ))}
        {zone.nodes.length === 0 && <p className="text-sm text-[var(--fg-soft)]">No worker nodes here.</p>}
      </div>
    </section>
  );
}
