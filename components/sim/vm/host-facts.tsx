'use client';

import {
  capacityRps,
  containerHostMemory,
  containersThatFit,
  readyReplicas,
  vmHostMemory,
  vmsThatFit,
} from '@/lib/sim/vm/selectors';
import { fitText, formatCount } from './format';
import { MemoryBar, type MemorySegment } from './memory-bar';
import { selectState, useVmState } from './use-vm-state';

/** Under each host: its memory, how many more of the same would fit, and what it can serve. */
function Facts({
  totalMiB,
  segments,
  fit,
  replicas,
  capacity,
}: {
  totalMiB: number;
  segments: MemorySegment[];
  fit: string;
  replicas: number;
  capacity: number;
}) {
  return (
    <div className="mt-3 space-y-2 border-t border-[var(--border)] pt-3">
      <MemoryBar totalMiB={totalMiB} segments={segments} />
      <p className="font-semibold">{fit}</p>
      <p>
        <span className="font-semibold tabular-nums">{formatCount(replicas)}</span>{' '}
        {replicas === 1 ? 'replica' : 'replicas'} ready · capacity{' '}
        <span className="font-semibold tabular-nums">{formatCount(capacity)}</span> req/s
      </p>
    </div>
  );
}

export function VmHostFacts() {
  const state = useVmState(selectState);
  const memory = vmHostMemory(state);
  const segments: MemorySegment[] = [
    { kind: 'system', label: 'Hypervisor', mib: memory.hypervisorMiB },
    { kind: 'overhead', label: 'Guest OSes', mib: memory.guestOsMiB },
    { kind: 'app', label: 'Apps', mib: memory.appMiB },
    { kind: 'idle', label: 'Reserved by VMs, unused', mib: memory.idleMiB },
  ];
  return (
    <Facts
      totalMiB={memory.totalMiB}
      segments={segments}
      fit={fitText(vmsThatFit(state), 't3.small VM', 't3.small VMs')}
      replicas={readyReplicas(state).vm}
      capacity={capacityRps(state).vm}
    />
  );
}

export function ContainerHostFacts() {
  const state = useVmState(selectState);
  const memory = containerHostMemory(state);
  const segments: MemorySegment[] = [
    { kind: 'system', label: 'Host OS and Docker', mib: memory.hostOsMiB },
    { kind: 'overhead', label: 'Shims', mib: memory.shimMiB },
    { kind: 'app', label: 'Apps', mib: memory.appMiB },
  ];
  return (
    <Facts
      totalMiB={memory.totalMiB}
      segments={segments}
      fit={fitText(containersThatFit(state), 'nginx container', 'nginx containers')}
      replicas={readyReplicas(state).container}
      capacity={capacityRps(state).container}
    />
  );
}
