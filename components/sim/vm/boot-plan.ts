import type { Vm } from '@/lib/sim/vm/types';
import { formatDuration } from './format';

/**
 * A VM's boot in three steps: launch (EC2 `pending`), guest OS boot, app start. The picture shows
 * which steps are done and which is under way, never how long the rest will take: the times are
 * drawn at launch, but nobody watching a real VM boot knows them in advance.
 */
export type BootStepName = 'launch' | 'os-boot' | 'app-start';
export type BootStepStatus = 'done' | 'current' | 'todo' | 'stopped';

export interface BootStep {
  readonly name: BootStepName;
  readonly label: string;
  readonly status: BootStepStatus;
}

const STEPS: readonly { name: BootStepName; label: string }[] = [
  { name: 'launch', label: 'launch' },
  { name: 'os-boot', label: 'guest OS boot' },
  { name: 'app-start', label: 'app start' },
];

/** How many steps are behind the VM: 0 while pending, 1 while its OS boots, 2 while the app starts, 3 once ready. */
function stepsDone(vm: Vm): number {
  if (vm.state === 'pending') return 0;
  if (vm.phase === 'booting') return 1;
  if (vm.phase === 'starting-app') return 2;
  return 3;
}

export function bootSteps(vm: Vm): BootStep[] {
  const stopping = vm.state === 'shutting-down' || vm.state === 'terminated';
  const done = stepsDone(vm);
  return STEPS.map((step, index) => ({
    ...step,
    status: stopping ? 'stopped' : index < done ? 'done' : index === done ? 'current' : 'todo',
  }));
}

/** "launching for 4 s", "booting for 57 s", "ready after 1 min 14 s", or what a VM going away is doing. */
export function bootText(vm: Vm, now: number): string {
  if (vm.state === 'shutting-down') return 'releasing its memory';
  if (vm.state === 'terminated') return 'memory released';
  if (vm.phase === 'ready') return `ready after ${formatDuration(vm.plan.readyAt - vm.launchedAt)}`;
  const elapsed = formatDuration(Math.max(0, now - vm.launchedAt));
  return vm.state === 'pending' ? `launching for ${elapsed}` : `booting for ${elapsed}`;
}
