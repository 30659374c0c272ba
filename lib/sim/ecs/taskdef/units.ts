/**
 * Task-level `cpu` and `memory` are strings in the API (reference §2.2): CPU in units (`"1024"`)
 * or vCPU (`"1 vCPU"`, `"0.25 vcpu"`), memory in MiB (`"2048"`) or GB (`"2GB"`, `"2 GB"`).
 * ECS stores them as integer units and MiB (1 vCPU = 1024 units, 1 GB = 1024 MiB).
 */

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const CPU_UNITS = /^\s*(\d+)\s*$/;
const CPU_VCPU = new RegExp(`^\\s*${NUMBER}\\s*vcpu\\s*$`, 'i');
const MEMORY_MIB = /^\s*(\d+)\s*$/;
const MEMORY_GB = new RegExp(`^\\s*${NUMBER}\\s*gb\\s*$`, 'i');

function whole(value: number): number | null {
  return Number.isSafeInteger(value) ? value : null;
}

/** CPU units from the task-level `cpu` string, or null when ECS could not read it. */
export function parseTaskCpu(text: string): number | null {
  const units = CPU_UNITS.exec(text);
  if (units) return whole(Number(units[1]));
  const vcpu = CPU_VCPU.exec(text);
  return vcpu ? whole(Number(vcpu[1]) * 1024) : null;
}

/** MiB from the task-level `memory` string, or null when ECS could not read it. */
export function parseTaskMemory(text: string): number | null {
  const mib = MEMORY_MIB.exec(text);
  if (mib) return whole(Number(mib[1]));
  const gb = MEMORY_GB.exec(text);
  return gb ? whole(Number(gb[1]) * 1024) : null;
}
