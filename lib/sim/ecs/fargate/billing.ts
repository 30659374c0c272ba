import type { EcsState, RetiredFargateUsage, Task, TaskDefinition } from '../types';
import { FARGATE_RATES, type FargateRateClass } from './prices';

/**
 * What AWS Fargate charges for each task (reference §6): the vCPU and memory of the task size
 * requested (not what the containers use), from the start of the image pull until the task
 * stops, per second (rounded up), at least one minute (Windows: 15 minutes, unconfirmed). A task
 * that has not started its pull costs nothing yet. Ephemeral storage is not charged: the
 * simulator's tasks keep the free 20 GB.
 */

export interface FargateCharge {
  readonly taskId: string;
  readonly cluster: string;
  readonly group: string;
  readonly capacityProvider: 'FARGATE' | 'FARGATE_SPOT';
  readonly rateClass: FargateRateClass;
  readonly vcpu: number;
  readonly memoryGb: number;
  /** True while the task has not stopped: the charge grows. */
  readonly running: boolean;
  readonly billedSeconds: number;
  readonly usd: number;
}

const HOUR_S = 3600;

/**
 * Seconds billed between `fromMs` and `untilMs` (simulated ms): rounded up to the whole second,
 * never less than `minimumSeconds` once billing started, 0 before it.
 */
export function billedSeconds(fromMs: number | null, untilMs: number, minimumSeconds: number): number {
  if (fromMs === null || untilMs < fromMs) return 0;
  return Math.max(minimumSeconds, Math.ceil((untilMs - fromMs) / 1000));
}

/** USD for `seconds` of a task of `vcpu` vCPUs and `memoryGb` GB at `rate`. */
export function chargeFor(
  rateClass: FargateRateClass,
  vcpu: number,
  memoryGb: number,
  seconds: number,
): number {
  const rate = FARGATE_RATES[rateClass];
  const perHour = vcpu * (rate.vcpuHour + rate.licenceVcpuHour) + memoryGb * rate.gbHour;
  return (perHour * seconds) / HOUR_S;
}

/** The price list a task is billed on: Spot or on-demand, Windows, ARM (Graviton) or x86. */
export function rateClassOf(
  task: Pick<Task, 'capacityProvider'>,
  def: TaskDefinition | undefined,
): FargateRateClass {
  const platform = def?.runtimePlatform;
  const arm = platform?.cpuArchitecture === 'ARM64';
  if (task.capacityProvider === 'FARGATE_SPOT') return arm ? 'spot-linux-arm' : 'spot-linux-x86';
  if (platform?.operatingSystemFamily.startsWith('WINDOWS') === true) return 'windows-x86';
  return arm ? 'linux-arm' : 'linux-x86';
}

/** One Fargate task's charge at `now` (simulated ms), or null for an EC2 task (billed by its instance). */
export function taskCharge(task: Task, def: TaskDefinition | undefined, now: number): FargateCharge | null {
  if (task.launchType !== 'FARGATE') return null;
  const rateClass = rateClassOf(task, def);
  const vcpu = task.cpu / 1024;
  const memoryGb = task.memory / 1024;
  const seconds = billedSeconds(
    task.pullStartedAt,
    task.stoppedAt ?? now,
    FARGATE_RATES[rateClass].minimumSeconds,
  );
  return {
    taskId: task.id,
    cluster: task.cluster,
    group: task.group,
    capacityProvider: task.capacityProvider === 'FARGATE_SPOT' ? 'FARGATE_SPOT' : 'FARGATE',
    rateClass,
    vcpu,
    memoryGb,
    running: task.stoppedAt === null,
    billedSeconds: seconds,
    usd: chargeFor(rateClass, vcpu, memoryGb, seconds),
  };
}

type BillableState = Pick<EcsState, 'tasks' | 'taskDefinitions' | 'now' | 'retiredFargateUsage'>;

/** Every Fargate task still in the state with its charge so far, oldest first. */
export function fargateCharges(state: BillableState): FargateCharge[] {
  const definitions = new Map(state.taskDefinitions.map((def) => [def.arn, def]));
  return [...state.tasks]
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
    .map((task) => taskCharge(task, definitions.get(task.taskDefinitionArn), state.now))
    .filter((charge): charge is FargateCharge => charge !== null);
}

/** The Fargate bill so far: the tasks listed, plus the ones already gone from the state. */
export function fargateBill(state: BillableState): {
  readonly charges: readonly FargateCharge[];
  readonly retired: { readonly tasks: number; readonly usd: number };
  readonly usd: number;
} {
  const charges = fargateCharges(state);
  const retired = state.retiredFargateUsage ?? { tasks: 0, usd: 0 };
  return { charges, retired, usd: charges.reduce((sum, c) => sum + c.usd, retired.usd) };
}

/**
 * The retired usage once `leaving` tasks (STOPPED for an hour) are purged from the state: their
 * charges are added so the bill keeps them. Unchanged (the same object) when none ran on Fargate.
 */
export function retireFargateCharges(
  state: BillableState,
  leaving: readonly Task[],
): RetiredFargateUsage | undefined {
  const definitions = new Map(state.taskDefinitions.map((def) => [def.arn, def]));
  let retired = state.retiredFargateUsage;
  for (const task of leaving) {
    const charge = taskCharge(task, definitions.get(task.taskDefinitionArn), state.now);
    if (charge === null) continue;
    retired = { tasks: (retired?.tasks ?? 0) + 1, usd: (retired?.usd ?? 0) + charge.usd };
  }
  return retired;
}
