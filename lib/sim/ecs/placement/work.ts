import type { Candidate, PlacementRequest } from './placement-types';

/**
 * The mutable scratch state of one placement call: what each candidate has left and how many
 * tasks of the group it holds, in flat arrays indexed like the candidates. Placing a task updates
 * only its instance's entries, so each placement sees the ones before it (the brief) while the
 * whole call stays linear in the number of candidates per task.
 */
export interface Work {
  readonly candidates: readonly Candidate[];
  readonly remainingCpu: Float64Array;
  readonly remainingMemory: Float64Array;
  readonly freeEnis: Int32Array;
  /** Reserved host ports, default ones included (the 100-port limit of §1.3 counts them all). */
  readonly portCount: Int32Array;
  /** The reserved ports themselves, built only when the task binds static ports. */
  readonly ports: (Set<number> | null)[];
  readonly groupTasks: Int32Array;
  /** The count spread strategies balance: the service's tasks, or the group's (§4.2). */
  readonly spreadTasks: Int32Array;
  readonly groups: (readonly string[])[];
}

/** The most reserved host ports an instance can hold, defaults included (§1.3). */
export const MAX_RESERVED_PORTS = 100;

export function openWork(candidates: readonly Candidate[], request: PlacementRequest): Work {
  const n = candidates.length;
  const work: Work = {
    candidates,
    remainingCpu: new Float64Array(n),
    remainingMemory: new Float64Array(n),
    freeEnis: new Int32Array(n),
    portCount: new Int32Array(n),
    ports: new Array<Set<number> | null>(n).fill(null),
    groupTasks: new Int32Array(n),
    spreadTasks: new Int32Array(n),
    groups: candidates.map((candidate) => candidate.taskGroups),
  };
  const bindsPorts = request.needs.ports.length > 0;
  candidates.forEach((candidate, index) => {
    const { registered, reserved } = candidate.instance;
    work.remainingCpu[index] = registered.cpu - reserved.cpu;
    work.remainingMemory[index] = registered.memory - reserved.memory;
    work.freeEnis[index] = registered.enis - reserved.enis;
    work.portCount[index] = registered.ports.length + reserved.ports.length;
    if (bindsPorts) work.ports[index] = new Set([...registered.ports, ...reserved.ports]);
    work.groupTasks[index] = candidate.groupTasks;
    work.spreadTasks[index] = request.kind === 'service' ? candidate.serviceTasks : candidate.groupTasks;
  });
  return work;
}

/** Reserves one task of the request on candidate `index`. */
export function reserve(work: Work, index: number, request: PlacementRequest): void {
  const { needs, group } = request;
  work.remainingCpu[index] = (work.remainingCpu[index] ?? 0) - needs.cpu;
  work.remainingMemory[index] = (work.remainingMemory[index] ?? 0) - needs.memory;
  if (needs.eni) work.freeEnis[index] = (work.freeEnis[index] ?? 0) - 1;
  if (needs.ports.length > 0) {
    work.portCount[index] = (work.portCount[index] ?? 0) + needs.ports.length;
    const ports = work.ports[index];
    for (const port of needs.ports) ports?.add(port);
  }
  work.groupTasks[index] = (work.groupTasks[index] ?? 0) + 1;
  work.spreadTasks[index] = (work.spreadTasks[index] ?? 0) + 1;
  const groups = work.groups[index] ?? [];
  if (!groups.includes(group)) work.groups[index] = [...groups, group];
}
