'use client';

import { HOST, HYPERVISOR_RESERVED_MIB } from '@/lib/sim/vm/figures';
import type { Vm } from '@/lib/sim/vm/types';
import { AnimatedGrid } from './animated-grid';
import { BootLegend } from './boot-progress';
import { formatMemory } from './format';
import { HostSection, StackLayer, WorkloadArea } from './host-stack';
import { VmHostFacts } from './host-facts';
import { StateLegend, StateTally } from './state-tally';
import { VM_LOOK, VM_STATE_ORDER, vmDisplayState } from './status';
import { selectNow, selectVms, useVmState } from './use-vm-state';
import type { Inspect } from './inspect-target';
import { useElementWidth } from './use-element-width';
import { VmCard } from './vm-card';
import { vmLayout } from './workload-layout';

const vmKey = (vm: Vm) => vm.id;
/** The states a VM on the host can be in (terminated ones are listed under the host). */
const HOST_STATES = VM_STATE_ORDER.filter((state) => state !== 'terminated');

/** Terminated VMs no longer sit on the hypervisor, but describe-instances lists them for about an hour. */
function TerminatedVms({ vms, onInspect }: { vms: readonly Vm[]; onInspect: Inspect }) {
  if (vms.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      <p className="text-[var(--fg-soft)]">Terminated, still listed for about an hour:</p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {vms.slice(-12).map((vm) => (
          <li key={vm.id} className="min-w-0">
            <button
              type="button"
              onClick={() => onInspect({ kind: 'vm', id: vm.id, label: vm.id })}
              aria-label={`Terminated: VM ${vm.id}. Show details`}
              className="rounded-md border border-dashed border-[var(--border)] px-2 py-0.5 text-left font-mono tracking-tight break-all text-[var(--fg-soft)] hover:bg-[var(--bg-soft)]"
            >
              {vm.id}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The left host: hardware, a hypervisor, and VMs that each carry a whole guest OS. */
export function VmHost({ onInspect }: { onInspect: Inspect }) {
  const vms = useVmState(selectVms);
  const now = useVmState(selectNow);
  const [areaRef, width] = useElementWidth<HTMLDivElement>();
  const onHost = vms.filter((vm) => vm.state !== 'terminated');
  const terminated = vms.filter((vm) => vm.state === 'terminated');
  const layout = vmLayout(onHost.length, width);
  const tally = HOST_STATES.map((state) => ({
    key: state,
    look: VM_LOOK[state],
    count: layout.tally ? onHost.filter((vm) => vmDisplayState(vm) === state).length : 0,
  }));
  return (
    <HostSection title="Host with a hypervisor" subtitle="Each VM boots its own guest operating system.">
      <WorkloadArea ref={areaRef} empty={onHost.length === 0} emptyText="No VMs yet. Launch one below.">
        {layout.tally && (
          <>
            <StateTally rows={tally} noun="VMs on this host" />
            <p className="mt-3 mb-1.5 text-sm text-[var(--fg-soft)]">The {layout.latest} most recent:</p>
          </>
        )}
        <AnimatedGrid
          items={layout.tally ? onHost.slice(-layout.latest) : onHost}
          getKey={vmKey}
          label={layout.tally ? `The ${layout.latest} most recent VMs` : 'VMs on this host'}
          columns={layout.columns}
          render={(vm) => <VmCard vm={vm} now={now} onInspect={onInspect} compact={layout.compact} />}
        />
        <StateLegend looks={HOST_STATES.map((state) => VM_LOOK[state])} label="VM states" />
        <BootLegend />
      </WorkloadArea>
      <StackLayer kind="system" name="Hypervisor" detail={`keeps ${formatMemory(HYPERVISOR_RESERVED_MIB)}`} />
      <StackLayer
        kind="hardware"
        name="Hardware"
        detail={`${HOST.cores} cores · ${formatMemory(HOST.memoryMiB)}`}
      />
      <VmHostFacts />
      <TerminatedVms vms={terminated} onInspect={onInspect} />
    </HostSection>
  );
}
