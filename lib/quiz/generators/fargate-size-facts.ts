import { FARGATE_SIZES, type FargateSize } from '@/lib/sim/ecs/taskdef/fargate-sizes';

/**
 * How a Fargate task size reads to a learner, in the lesson's words ("0.5 vCPU", "5 GB", "1 GB to
 * 4 GB, in 1 GB steps"), and where a CPU/memory pair stands against the engine's table
 * (lib/sim/ecs/taskdef/fargate-sizes.ts, reference §2.3). Nothing here decides whether ECS
 * accepts a pair: registering it does; this only says which part of the table it misses.
 */

/** Windows tasks on Fargate need at least 1 vCPU (§2.3), as lib/sim/ecs/taskdef/fargate-rules.ts checks. */
export const WINDOWS_MIN_CPU = 1024;

/** 512 → "0.5 vCPU", 1024 → "1 vCPU". */
export function vcpuWords(units: number): string {
  return `${units / 1024} vCPU`;
}

/** 512 → "512 MiB", 5120 → "5 GB", 2560 → "2.5 GB": 1 GB is 1,024 MiB in the task definition. */
export function memoryWords(mib: number): string {
  return mib < 1024 ? `${mib} MiB` : `${mib / 1024} GB`;
}

export function sizeRow(cpu: number): FargateSize | undefined {
  return FARGATE_SIZES.find((size) => size.cpu === cpu);
}

/** "0.5 vCPU takes 1 GB to 4 GB, in 1 GB steps"; the smallest size lists its three values. */
export function rowFact(size: FargateSize): string {
  const { memory } = size;
  const first = memory[0] ?? 0;
  const last = memory[memory.length - 1] ?? 0;
  const step = (memory[1] ?? first) - first;
  const evenSteps = memory.every((value, index) => value === first + index * step);
  if (!evenSteps || memory.length <= 3) {
    const words = memory.map(memoryWords);
    return `${vcpuWords(size.cpu)} takes only ${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
  }
  return `${vcpuWords(size.cpu)} takes ${memoryWords(first)} to ${memoryWords(last)}, in ${memoryWords(step)} steps`;
}

/** "0.25, 0.5, 1, 2, 4, 8 and 16 vCPU". */
export function fargateCpus(): string {
  const values = FARGATE_SIZES.map((size) => String(size.cpu / 1024));
  return `${values.slice(0, -1).join(', ')} and ${values.at(-1) ?? ''} vCPU`;
}

/** Where a pair stands against the table: the one thing wrong with it, or `fits`. */
export type SizeStanding =
  'fits' | 'no-such-cpu' | 'memory-above' | 'memory-below' | 'memory-off-step' | 'windows-too-small';

export function sizeStanding(cpu: number, memory: number, windows: boolean): SizeStanding {
  const row = sizeRow(cpu);
  if (row === undefined) return 'no-such-cpu';
  const least = row.memory[0] ?? 0;
  const most = row.memory[row.memory.length - 1] ?? 0;
  if (memory < least) return 'memory-below';
  if (memory > most) return 'memory-above';
  if (!row.memory.includes(memory)) return 'memory-off-step';
  return windows && cpu < WINDOWS_MIN_CPU ? 'windows-too-small' : 'fits';
}
