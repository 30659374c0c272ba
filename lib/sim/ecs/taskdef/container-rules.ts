import type { NetworkMode } from '../types';
import * as m from './messages';
import type { ContainerInput } from './read-input';

/**
 * Per-container rules of RegisterTaskDefinition (reference §2.2, §2.4). Each function returns the
 * first refusal in AWS's words, or null. ECS reports one problem per call (boto/boto3#3283).
 */

// §2.2: names up to 255 letters, digits, hyphens and underscores; images up to 255 characters
// from letters, digits, `-`, `_`, `:`, `.`, `/`, `#` (and `@` for `repo@sha256:digest`).
const NAME = /^[A-Za-z0-9_-]{1,255}$/;
const IMAGE = /^[A-Za-z0-9_:./#@-]+$/;

export function identityProblem(containers: readonly ContainerInput[]): string | null {
  for (const c of containers) {
    if (c.name === undefined || c.name === '') return m.NAME_EMPTY;
    if (!NAME.test(c.name)) return m.NAME_INVALID;
    if (c.image === undefined || c.image.trim() === '') return m.IMAGE_EMPTY;
    if (!IMAGE.test(c.image)) return m.IMAGE_INVALID;
    if (c.image.length > 255) return m.IMAGE_TOO_LONG;
  }
  const seen = new Set<string>();
  for (const c of containers) {
    if (seen.has(c.name ?? '')) return m.DUPLICATE_CONTAINER_NAMES;
    seen.add(c.name ?? '');
  }
  return null;
}

/** Docker ≤ 19.03 needs at least 4 MiB per container (§2.2); ECS refuses less. */
const MIN_CONTAINER_MIB = 4;

/** Memory and CPU, with the task-level values already in MiB and units (null when unset). */
export function resourceProblem(
  containers: readonly ContainerInput[],
  taskCpu: number | null,
  taskMemory: number | null,
): string | null {
  for (const c of containers) {
    const name = c.name ?? '';
    if (c.cpu !== undefined && c.cpu < 0) return m.invalidContainerSetting('cpu', name);
    if (c.memory !== undefined && c.memory < MIN_CONTAINER_MIB)
      return m.invalidContainerSetting('memory', name);
    if (c.memoryReservation !== undefined && c.memoryReservation < MIN_CONTAINER_MIB)
      return m.invalidContainerSetting('memoryReservation', name);
    // §2.2: without task memory every container needs a hard or a soft limit.
    if (taskMemory === null && c.memory === undefined && c.memoryReservation === undefined)
      return m.memoryNotSpecified(name);
    // §2.4 note: sources disagree on equal values; only memory below the reservation is refused.
    if (c.memory !== undefined && c.memoryReservation !== undefined && c.memory < c.memoryReservation)
      return m.memoryBelowReservation(name);
    if (taskMemory !== null && c.memory !== undefined && c.memory > taskMemory)
      return m.CONTAINER_MEMORY_ABOVE_TASK;
  }
  if (taskMemory !== null) {
    const reserved = containers.reduce((sum, c) => sum + (c.memoryReservation ?? 0), 0);
    if (reserved > taskMemory) return m.SUM_OF_RESERVATIONS;
  }
  if (taskCpu !== null && containers.reduce((sum, c) => sum + (c.cpu ?? 0), 0) > taskCpu) return m.SUM_OF_CPU;
  return null;
}

const PROTOCOLS = ['tcp', 'udp'];

/** A mapping's host port as the task will bind it: awsvpc and host mode use the container port. */
export function effectiveHostPort(
  mode: NetworkMode,
  containerPort: number,
  hostPort: number | undefined,
): number {
  if (mode === 'awsvpc' || mode === 'host') return containerPort;
  return hostPort ?? 0;
}

/** §2.2 network modes: protocols, container ports, awsvpc/host host ports, ports held twice. */
export function portProblem(containers: readonly ContainerInput[], mode: NetworkMode): string | null {
  const held = new Set<string>();
  for (const [index, c] of containers.entries()) {
    const name = c.name ?? '';
    if (mode === 'none' && c.portMappings.length > 0) return m.NONE_MODE_NO_PORTS;
    const dynamic = new Set<string>();
    for (const [mappingIndex, mapping] of c.portMappings.entries()) {
      const protocol = mapping.protocol ?? 'tcp';
      if (!PROTOCOLS.includes(protocol)) {
        const field = `containerDefinitions.${index + 1}.member.portMappings.${mappingIndex + 1}.member.protocol`;
        return m.notInEnum(protocol, field, PROTOCOLS);
      }
      const port = mapping.containerPort;
      if (port === undefined || port < 1 || port > 65535)
        return m.invalidContainerSetting('containerPort', name);
      const hostPort = mapping.hostPort;
      if (hostPort !== undefined && (hostPort < 0 || hostPort > 65535))
        return m.invalidContainerSetting('hostPort', name);
      // An omitted or 0 host port is accepted in awsvpc and host mode and becomes the container port.
      if (hostPort !== undefined && hostPort !== 0 && hostPort !== port) {
        if (mode === 'awsvpc') return m.AWSVPC_PORTS_MUST_MATCH;
        if (mode === 'host') return m.HOST_PORTS_MUST_MATCH;
      }
      const bound = effectiveHostPort(mode, port, hostPort);
      if (bound > 0) {
        const key = `${protocol}/${bound}`;
        if (held.has(key)) return m.hostPortMappedTwice(protocol, bound);
        held.add(key);
      } else {
        const key = `${protocol}/${port}`;
        if (dynamic.has(key)) return m.containerPortMappedTwice(protocol, port, name);
        dynamic.add(key);
      }
    }
  }
  return null;
}
