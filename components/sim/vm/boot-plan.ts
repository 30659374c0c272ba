import type { Vm } from '@/lib/sim/vm/types';
import { formatDuration } from './format';

/**
 * A VM's boot against the plan drawn at launch: launched → running → OS ready → app ready. Each
 * stage is a share of the whole plan and how much of it is done at `now`.
 */
export interface BootStage {
  readonly name: 'pending' | 'os-boot' | 'app-start';
  readonly label: string;
  /** Share of the whole plan, 0..1. */
  readonly share: number;
  /** Done of this stage, 0..1. */
  readonly done: number;
}

export function bootStages(vm: Vm, now: number): BootStage[] {
  const { runningAt, osReadyAt, readyAt } = vm.plan;
  const total = Math.max(1, readyAt - vm.launchedAt);
  const stage = (name: BootStage['name'], label: string, from: number, to: number): BootStage => ({
    name,
    label,
    share: (to - from) / total,
    done: to <= from ? 1 : Math.min(1, Math.max(0, (now - from) / (to - from))),
  });
  return [
    stage('pending', 'pending', vm.launchedAt, runningAt),
    stage('os-boot', 'guest OS boot', runningAt, osReadyAt),
    stage('app-start', 'app start', osReadyAt, readyAt),
  ];
}

/** "40 s of 1 min 11 s", "ready after 1 min 11 s", or what a VM that is going away is doing. */
export function bootText(vm: Vm, now: number): string {
  const total = vm.plan.readyAt - vm.launchedAt;
  if (vm.state === 'shutting-down') return 'releasing its memory';
  if (vm.state === 'terminated') return 'memory released';
  if (vm.phase === 'ready') return `ready after ${formatDuration(total)}`;
  return `${formatDuration(Math.max(0, now - vm.launchedAt))} of ${formatDuration(total)}`;
}
