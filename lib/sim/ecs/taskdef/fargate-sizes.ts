/**
 * The task sizes Fargate offers (reference §2.3): for each task CPU, the memory values in MiB.
 * 8 and 16 vCPU need Linux platform 1.4.0+, which is what Fargate runs today.
 */
export interface FargateSize {
  /** CPU units (1024 = 1 vCPU). */
  readonly cpu: number;
  /** The allowed task memory values, MiB, ascending. */
  readonly memory: readonly number[];
}

function gib(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let value = from; value <= to; value += step) values.push(value * 1024);
  return values;
}

export const FARGATE_SIZES: readonly FargateSize[] = [
  { cpu: 256, memory: [512, 1024, 2048] },
  { cpu: 512, memory: gib(1, 4, 1) },
  { cpu: 1024, memory: gib(2, 8, 1) },
  { cpu: 2048, memory: gib(4, 16, 1) },
  { cpu: 4096, memory: gib(8, 30, 1) },
  { cpu: 8192, memory: gib(16, 60, 4) },
  { cpu: 16384, memory: gib(32, 120, 8) },
];

/** True when Fargate can run a task of this CPU (units) and memory (MiB). */
export function isValidFargateSize(cpu: number, memory: number): boolean {
  return FARGATE_SIZES.some((size) => size.cpu === cpu && size.memory.includes(memory));
}
