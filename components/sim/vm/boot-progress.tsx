import { cn } from '@/lib/cn';
import type { Vm } from '@/lib/sim/vm/types';
import { bootStages, bootText } from './boot-plan';

/**
 * A VM's boot as three joined stages (pending · guest OS boot · app start), each as wide as its
 * share of the plan drawn at launch, filled up to now. The text under it says the same in words.
 */
export function BootProgress({ vm, now }: { vm: Vm; now: number }) {
  const stages = bootStages(vm, now);
  const stopping = vm.state === 'shutting-down' || vm.state === 'terminated';
  return (
    <span className="mt-1.5 block">
      <span aria-hidden="true" className="flex h-2.5 gap-0.5 overflow-hidden rounded-full">
        {stages.map((stage) => (
          <span
            key={stage.name}
            className="relative h-full min-w-1 bg-[var(--border)]"
            style={{ flexGrow: stage.share, flexBasis: 0 }}
          >
            <span
              className={cn(
                'absolute inset-y-0 left-0',
                stopping
                  ? 'bg-[var(--fg-soft)]'
                  : stage.done >= 1
                    ? 'bg-accent-600 dark:bg-accent-400'
                    : 'bg-amber-500 dark:bg-amber-400',
              )}
              style={{ width: `${stage.done * 100}%` }}
            />
          </span>
        ))}
      </span>
      <span className="mt-0.5 block text-sm text-[var(--fg-soft)] tabular-nums">{bootText(vm, now)}</span>
    </span>
  );
}

/** The key to the boot bar, shown once under the VM cards. */
export function BootLegend() {
  return (
    <p className="mt-2 text-sm text-[var(--fg-soft)]">
      Boot bar: pending, then guest OS boot, then app start, against the times drawn at launch.
    </p>
  );
}
