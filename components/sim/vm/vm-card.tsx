import { cn } from '@/lib/cn';
import type { Vm } from '@/lib/sim/vm/types';
import { BootProgress } from './boot-progress';
import { bootText } from './boot-plan';
import type { Inspect } from './inspect-target';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES, VM_LOOK, vmDisplayState } from './status';

/** Guest OS and app drawn as the VM's own layers: each VM carries a whole operating system. */
function Band({ label, state }: { label: string; state: 'off' | 'starting' | 'on' }) {
  return (
    <span
      className={cn(
        'block truncate rounded border px-1.5 text-sm leading-6',
        state === 'off' && 'border-dashed border-[var(--border)] text-[var(--fg-soft)]',
        state === 'starting' &&
          'border-amber-500 bg-amber-100 text-amber-900 dark:border-amber-400 dark:bg-amber-900/50 dark:text-amber-100',
        state === 'on' && 'border-[var(--fg-soft)] bg-[var(--bg-soft)]',
      )}
    >
      {label}
    </span>
  );
}

/**
 * One VM on the hypervisor host: its state in colour, symbol and word, its full instance id
 * (wrapping rather than cut), its type and its boot. With few VMs the card also draws the App and
 * Guest OS layers; `compact` leaves them out so twenty VMs fit on a phone.
 */
export function VmCard({
  vm,
  now,
  onInspect,
  compact = false,
}: {
  vm: Vm;
  now: number;
  onInspect: Inspect;
  compact?: boolean;
}) {
  const display = vmDisplayState(vm);
  const look = VM_LOOK[display];
  const tone = TONE_CLASSES[look.tone];
  const osState = display === 'pending' ? 'off' : display === 'booting' ? 'starting' : 'on';
  const appState = display === 'ready' ? 'on' : display === 'starting-app' ? 'starting' : 'off';
  const going = display === 'shutting-down' || display === 'terminated';
  return (
    <button
      type="button"
      onClick={() => onInspect({ kind: 'vm', id: vm.id, label: vm.id })}
      aria-label={`${look.label}: VM ${vm.id}, ${vm.instanceType}, ${bootText(vm, now)}. Show details`}
      className={cn(
        'flex h-full w-full min-w-0 flex-col rounded-lg border-2 text-left text-sm hover:shadow-md',
        compact ? 'px-1.5 py-1' : 'p-2',
        tone.card,
      )}
    >
      <span className={cn('flex items-center gap-1.5 font-semibold', tone.text)}>
        <StateSymbol name={look.symbol} />
        {look.label}
      </span>
      <span className="mt-0.5 flex flex-wrap items-baseline justify-between gap-x-2">
        <span className="min-w-0 font-mono tracking-tight break-all">{vm.id}</span>
        <span className="text-[var(--fg-soft)]">{vm.instanceType}</span>
      </span>
      {!compact && (
        <span className={cn('mt-1.5 flex flex-col gap-0.5', going && 'opacity-60')}>
          <Band label="App" state={going ? 'off' : appState} />
          <Band label="Guest OS" state={going ? 'off' : osState} />
        </span>
      )}
      <BootProgress vm={vm} now={now} />
    </button>
  );
}
