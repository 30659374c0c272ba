'use client';

import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { FargateArea } from './fargate-area';
import { InstanceCard } from './instance-card';
import type { EcsInspect } from './inspect-target';
import type { ZoneModel } from './picture-model';
import type { PictureMode } from './picture-mode';

/**
 * One Availability Zone: its EC2 instances, then its Fargate tasks. During a simulated outage
 * (`chaos fail-az`) the column says so in words and a symbol, with a red dashed border.
 */
export function AzColumn({
  zone,
  mode,
  onInspect,
}: {
  zone: ZoneModel;
  mode: PictureMode;
  onInspect: EcsInspect;
}) {
  const failed = !zone.available;
  return (
    <section
      // A group, not a landmark: a lesson shows several simulators, and landmarks must be unique.
      role="group"
      aria-label={`Availability Zone ${zone.az}${failed ? ', unavailable' : ''}`}
      className={cn(
        'min-w-0 rounded-xl border-2 p-2',
        failed
          ? 'border-dashed border-red-600 bg-red-50 dark:border-red-400 dark:bg-red-950/40'
          : 'border-[var(--border)] bg-[var(--bg-soft)]',
      )}
    >
      <h3 className="flex flex-wrap items-center gap-x-2 font-semibold">
        {zone.az}
        {failed && (
          <span className="flex items-center gap-1 text-sm text-red-700 dark:text-red-300">
            <StateSymbol name="cross" />
            Unavailable
          </span>
        )}
      </h3>
      {failed && (
        <p className="text-sm text-red-700 dark:text-red-300">
          Simulated outage: its instances are stopped and its Fargate tasks lost. Nothing new starts here.
        </p>
      )}
      <div className="mt-2 space-y-2">
        {zone.hosts.map((host) => (
          <InstanceCard
            key={host.instance.id}
            instance={host.instance}
            containerInstance={host.containerInstance}
            tasks={host.tasks}
            mode={mode}
            onInspect={onInspect}
          />
        ))}
        {zone.hosts.length === 0 && zone.fargateTasks.length === 0 && (
          <p className="text-sm text-[var(--fg-soft)]">No instances or Fargate tasks of this cluster here.</p>
        )}
        {zone.fargateTasks.length > 0 && (
          <FargateArea
            az={zone.az}
            subnets={zone.subnetIds.join(', ')}
            tasks={zone.fargateTasks}
            mode={mode}
            onInspect={onInspect}
          />
        )}
      </div>
    </section>
  );
}
