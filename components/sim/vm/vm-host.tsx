'use client';

import { HOST, HYPERVISOR_RESERVED_MIB } from '@/lib/sim/vm/figures';
import type { Vm } from '@/lib/sim/vm/types';
import { AnimatedGrid } from './animated-grid';
import { BootLegend } from './boot-progress';
import { formatMemory, shortVmId } from './format';
import { HostSection, StackLayer, WorkloadArea } from './host-stack';
import { VmHostFacts } from './host-facts';
import { StateTally } from './state-tally';
import { VM_LOOK, VM_STATE_ORDER, vmDisplayState } from './status';
import { selectNow, selectVms, useVmState } from './use-vm-state';
import type { Inspect } from './inspect-target';
import { VmCard } from './vm-card';

/** Above this many VMs on the host, cards give way to counts per state (plus the latest few to inspect). */
const CARD_LIMIT = 24;
const LATEST = 8;

const vmKey = (vm: Vm) => vm.id;

/** Terminated VMs no longer sit on the hypervisor, but describe-instances lists them for about an hour. */
function TerminatedVms({ vms, onInspect }: { vms: readonly Vm[]; onInspect: Inspect }) {
  if (vms.length === 0) return null;
  return (
    <div className="mt-3 text-sm">
      <p className="text-[var(--fg-soft)]">Terminated, still listed for about an hour:</p>
      <ul className="mt-1 flex flex-wrap gap-1.5">
        {vms.slice(-12).map((vm) => (
          <li key={vm.id}>
            <button
              type="button"
              onClick={() => onInspect({ kind: 'vm', id: vm.id, label: vm.id })}
              aria-label={`Terminated: VM ${vm.id}. Show details`}
              className="rounded-md border border-dashed border-[var(--border)] px-2 py-0.5 font-mono text-[var(--fg-soft)] hover:bg-[var(--bg-soft)]"
            >
              {shortVmId(vm.id)}
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
  const onHost = vms.filter((vm) => vm.state !== 'terminated');
  const terminated = vms.filter((vm) => vm.state === 'terminated');
  const many = onHost.length > CARD_LIMIT;
  const tally = VM_STATE_ORDER.filter((state) => state !== 'terminated').map((state) => ({
    key: state,
    look: VM_LOOK[state],
    count: many ? onHost.filter((vm) => vmDisplayState(vm) === state).length : 0,
  }));
  return (
    <HostSection title="Host with a hypervisor" subtitle="Each VM boots its own guest operating system.">
      <WorkloadArea empty={onHost.length === 0} emptyText="No VMs yet. Launch one below.">
        {many && (
          <>
            <StateTally rows={tally} noun="VMs on this host" />
            <p className="mt-3 mb-1.5 text-sm text-[var(--fg-soft)]">The {LATEST} most recent:</p>
          </>
        )}
        <AnimatedGrid
          items={many ? onHost.slice(-LATEST) : onHost}
          getKey={vmKey}
          label={many ? `The ${LATEST} most recent VMs` : 'VMs on this host'}
          className="grid-cols-[repeat(auto-fill,minmax(8.75rem,1fr))]"
          render={(vm) => <VmCard vm={vm} now={now} onInspect={onInspect} />}
        />
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
