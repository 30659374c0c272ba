import {
  fargateCpus,
  memoryWords,
  rowFact,
  sizeRow,
  vcpuWords,
  type SizeStanding,
} from './fargate-size-facts';

/**
 * The words of a "Valid Fargate size?" question: what each option claims about a CPU/memory pair,
 * why the right one holds and why each other one does not, all read from the engine's size table.
 */
export interface SizePair {
  readonly cpu: number;
  readonly memory: number;
  readonly windows: boolean;
}

/** What each standing claims, as an option: the refusals quote ECS's message. */
export function claim(standing: SizeStanding, pair: SizePair, message: string): string {
  const size = vcpuWords(pair.cpu);
  const memory = memoryWords(pair.memory);
  switch (standing) {
    case 'fits':
      return `It registers: Fargate runs ${size} with ${memory}.`;
    case 'memory-above':
      return `Refused, “${message}”: ${memory} is more memory than ${size} can have.`;
    case 'memory-below':
      return `Refused, “${message}”: ${memory} is less memory than ${size} needs.`;
    case 'memory-off-step':
      return `Refused, “${message}”: ${memory} is inside ${size}’s range but not one of its steps.`;
    case 'no-such-cpu':
      return `Refused, “${message}”: Fargate has no ${size} size at all.`;
    case 'windows-too-small':
      return `Refused, “${message}”: a Windows task needs at least 1 vCPU.`;
    default: {
      const unknown: never = standing;
      return unknown;
    }
  }
}

/** What is true of this CPU in the table, as a sentence: its row, or that it has none. */
export function cpuFact(cpu: number): string {
  const row = sizeRow(cpu);
  return row === undefined
    ? `Fargate has no task size with ${vcpuWords(cpu)} (${cpu} CPU units): its task CPUs are ${fargateCpus()}.`
    : `${rowFact(row)}.`;
}

/** Why an option that does not hold for this pair is wrong, from the table. */
export function rebuttal(standing: SizeStanding, pair: SizePair): string {
  const row = sizeRow(pair.cpu);
  const size = vcpuWords(pair.cpu);
  const memory = memoryWords(pair.memory);
  const least = memoryWords(row?.memory[0] ?? 0);
  const most = memoryWords(row?.memory.at(-1) ?? 0);
  if (row === undefined && standing !== 'fits' && standing !== 'windows-too-small')
    return `There is no ${size} row to measure ${memory} against. ${cpuFact(pair.cpu)}`;
  switch (standing) {
    case 'fits':
      return `Fargate refuses this pair: ${cpuFact(pair.cpu)}`;
    case 'memory-above':
      return `${memory} is not above ${size}’s most, ${most}.`;
    case 'memory-below':
      return `${memory} is not below ${size}’s least, ${least}.`;
    case 'memory-off-step':
      return row?.memory.includes(pair.memory)
        ? `${memory} is one of ${size}’s values. ${cpuFact(pair.cpu)}`
        : `${memory} is outside ${size}’s range of ${least} to ${most}, not between two of its steps.`;
    case 'no-such-cpu':
      return `Fargate does offer it: ${cpuFact(pair.cpu)}`;
    case 'windows-too-small':
      return `This Windows task has ${size}, which is at least 1 vCPU.`;
    default: {
      const unknown: never = standing;
      return unknown;
    }
  }
}

/** Why the pair stands where it does, after the CPU's row has been said. */
export function why(standing: SizeStanding, pair: SizePair): string {
  const size = vcpuWords(pair.cpu);
  const memory = memoryWords(pair.memory);
  switch (standing) {
    case 'fits':
      return `${memory} is one of them${pair.windows ? ', and a Windows task may have 1 vCPU or more' : ''}.`;
    case 'memory-above':
      return `${memory} belongs to a larger CPU.`;
    case 'memory-below':
      return `${memory} belongs to a smaller CPU.`;
    case 'memory-off-step':
      return `${memory} falls between two of them.`;
    case 'no-such-cpu':
      return 'No memory value can make the pair valid.';
    case 'windows-too-small':
      return `${memory} would suit ${size} on Linux, but Windows tasks on Fargate need at least 1 vCPU.`;
    default: {
      const unknown: never = standing;
      return unknown;
    }
  }
}

/** The message blames cpu even when the memory is what misses the table. */
export function blame(standing: SizeStanding): string {
  return standing.startsWith('memory-')
    ? ' The message names cpu although the memory is what is off: ECS checks the pair, not each value alone.'
    : '';
}
