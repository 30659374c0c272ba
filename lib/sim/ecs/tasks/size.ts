import type { TaskNeeds } from '../placement';
import type { LaunchType, ReservedResources, TaskDefinition } from '../types';

/**
 * What one task of a definition reserves (§2.2): the task-level cpu/memory when set; otherwise
 * the containers' sum, where a container's memoryReservation (soft limit) counts when present,
 * else its memory (hard limit). Static TCP host ports (bridge with a fixed hostPort, every port in
 * host mode) are held on the instance; awsvpc tasks need an ENI instead (§4.5).
 */
export function taskSize(def: Pick<TaskDefinition, 'cpu' | 'memory' | 'containerDefinitions'>): { cpu: number; memory: number } {
  const cpu = def.cpu ?? def.containerDefinitions.reduce((sum, c) => sum + c.cpu, 0);
  const memory =
    def.memory ?? def.containerDefinitions.reduce((sum, c) => sum + (c.memoryReservation ?? c.memory ?? 0), 0);
  return { cpu, memory };
}

export function staticHostPorts(def: TaskDefinition): number[] {
  if (def.networkMode === 'awsvpc' || def.networkMode === 'none') return [];
  return def.containerDefinitions.flatMap((c) =>
    c.portMappings
      .filter((m) => m.protocol === 'tcp')
      .map((m) => (def.networkMode === 'host' ? m.containerPort : m.hostPort))
      .filter((port) => port > 0),
  );
}

export function taskReservation(def: TaskDefinition, launchType: LaunchType): ReservedResources {
  if (launchType === 'FARGATE') return { cpu: 0, memory: 0, ports: [], enis: 0 };
  const size = taskSize(def);
  return {
    cpu: size.cpu,
    memory: size.memory,
    ports: staticHostPorts(def),
    enis: def.networkMode === 'awsvpc' ? 1 : 0,
  };
}

/** What placement must find on an instance for one task of this definition (§4.1). */
export function taskNeeds(def: TaskDefinition): TaskNeeds {
  const reservation = taskReservation(def, 'EC2');
  const arch = def.runtimePlatform?.cpuArchitecture;
  return {
    cpu: reservation.cpu,
    memory: reservation.memory,
    ports: reservation.ports,
    eni: reservation.enis > 0,
    ...(arch === undefined ? {} : { requiredAttributes: { 'ecs.cpu-architecture': arch === 'ARM64' ? 'arm64' : 'x86_64' } }),
  };
}
