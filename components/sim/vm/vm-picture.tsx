'use client';

import { useState } from 'react';
import { ContainerHost } from './container-host';
import { FiguresDisclosure } from './figures-disclosure';
import type { InspectTarget } from './inspect-target';
import { InspectorDialog } from './inspector-dialog';
import { LoadPanel } from './load-panel';
import { VmHost } from './vm-host';

/**
 * Two identical hosts side by side (stacked on a phone): VMs on a hypervisor, containers on a
 * shared kernel; under them the load both face, and the figures behind every number.
 */
export function VmPicture() {
  const [inspected, setInspected] = useState<InspectTarget | null>(null);
  return (
    <div className="space-y-4 text-base">
      {/* items-start: each host is as tall as its own stack, so a short one has no gap above its workloads. */}
      <div className="grid items-start gap-4 md:grid-cols-2">
        <VmHost onInspect={setInspected} />
        <ContainerHost onInspect={setInspected} />
      </div>
      <LoadPanel />
      <FiguresDisclosure />
      <InspectorDialog target={inspected} onClose={() => setInspected(null)} />
    </div>
  );
}
