import type { CSSProperties } from 'react';
import { cn } from '@/lib/cn';
import type { Vm } from '@/lib/sim/vm/types';
import { bootSteps, bootText, type BootStepStatus } from './boot-plan';

/** Stripes mark the step under way, so it differs from a finished one in grayscale too. */
const UNDER_WAY: CSSProperties = {
  backgroundImage: 'repeating-linear-gradient(45deg, rgb(255 255 255 / 0.55) 0 3px, transparent 3px 7px)',
};

const STEP_CLASSES: Record<BootStepStatus, string> = {
  done: 'bg-accent-600 dark:bg-accent-400',
  current: 'bg-amber-500 dark:bg-amber-400',
  todo: 'bg-[var(--border)]',
  stopped: 'bg-[var(--fg-soft)]',
};

/**
 * A VM's boot as three equal steps (launch · guest OS boot · app start): filled when done,
 * striped while under way. The text under it says how long the VM has been at it.
 */
export function BootProgress({ vm, now }: { vm: Vm; now: number }) {
  return (
    <span className="mt-1.5 block">
      <span aria-hidden="true" className="flex h-2.5 gap-0.5 overflow-hidden rounded-full">
        {bootSteps(vm).map((step) => (
          <span
            key={step.name}
            className={cn('h-full flex-1', STEP_CLASSES[step.status])}
            style={step.status === 'current' ? UNDER_WAY : undefined}
          />
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
      Boot bar: launch, then the guest OS boots, then the app starts. Filled: done; striped: under way.
    </p>
  );
}
