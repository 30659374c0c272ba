import type { SimEvent, Step } from '../core/types';
import { pickInRange } from '../core/rng';
import { dockerContainerId, dockerName } from '../core/ids';
import { FIGURES } from './figures';
import { catalogImage } from './images';
import type { RemoveContainers, RunContainers, StopContainers } from './commands';
import type { Container, VmSimState } from './types';
import { containerHostMemory } from './selectors';
import { resolveContainers } from './container-refs';
import { dockerEvent, event } from './events';
import { isCached, refuse, resolveImage, startPull } from './image-pulls';

/**
 * Containers on the Docker host: docker run, stop and rm, and a process starting. A container
 * costs its app's working set plus a containerd-shim of a few MiB, and no guest OS.
 */

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
/** Docker refuses `-m` below 6 MB. */
const MIN_MEMORY_MIB = 6;

/**
 * When the Docker daemon can begin the next container's start. `docker run -d` returns only once
 * the daemon has created and started its container, so runs typed one after another (or in a
 * `for` loop) start one at a time: the next begins where the last scheduled start ends.
 */
export function dockerFreeAt(state: VmSimState): number {
  let at = state.now;
  for (const c of state.containers) if (c.nextAt !== null && c.nextAt > at) at = c.nextAt;
  return at;
}

export function runContainers(state: VmSimState, command: RunContainers): Step<VmSimState> {
  const resolved = resolveImage(state, command.image);
  if (!resolved.ok) return resolved.step;
  const { image, ref } = resolved;
  if (command.name !== undefined && !NAME.test(command.name)) {
    return refuse(
      state,
      'container-invalid',
      'InvalidName',
      `Invalid container name (${command.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
    );
  }
  const holder = state.containers.find((c) => c.name === command.name);
  if (holder !== undefined) {
    return refuse(
      state,
      'container-name-conflict',
      'Conflict',
      `Conflict. The container name "/${holder.name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  if (command.memoryMiB !== undefined && command.memoryMiB < MIN_MEMORY_MIB) {
    return refuse(state, 'container-invalid', 'InvalidMemory', 'Minimum memory limit allowed is 6MB.');
  }
  const events: SimEvent[] = [];
  let next = startPull(state, image, ref, events);
  const cached = isCached(state, ref);
  const names = new Set(state.containers.map((c) => c.name));
  const ids = new Set(state.containers.map((c) => c.id));
  const hostPort = command.publish?.hostPort;
  const portTaken =
    hostPort !== undefined && state.containers.some((c) => c.publish?.hostPort === hostPort && holdsPort(c));
  // A missing image is pulled first (docker run pulls, then creates, then starts).
  const readyAt = cached ? state.now : (next.pulls.find((pull) => pull.ref === ref)?.doneAt ?? state.now);
  let freeAt = dockerFreeAt(state);
  let rng = next.rng;
  const created: Container[] = [];
  let error: Step<VmSimState>['error'];
  for (let index = 0; index < command.count; index += 1) {
    let id: string;
    do {
      [id, rng] = dockerContainerId(rng);
    } while (ids.has(id));
    ids.add(id);
    let name = command.name ?? '';
    if (command.name === undefined) [name, rng] = dockerName(rng, names);
    names.add(name);
    let startDelayMs: number, workingSetMiB: number, shimMiB: number;
    [startDelayMs, rng] = pickInRange(rng, FIGURES.containerStart.range);
    [workingSetMiB, rng] = pickInRange(rng, image.workingSetMiB);
    [shimMiB, rng] = pickInRange(rng, FIGURES.shimMemory.range);
    // A container whose port is taken never starts, so it does not hold up the ones after it.
    const startAt = portTaken ? null : Math.max(readyAt, freeAt) + startDelayMs;
    if (startAt !== null) freeAt = startAt;
    const container: Container = {
      id,
      name,
      image: ref,
      status: cached ? 'created' : 'pulling',
      requestedAt: state.now,
      createdAt: cached ? state.now : null,
      startedAt: null,
      finishedAt: null,
      exitCode: null,
      oomKilled: false,
      nextAt: startAt,
      startDelayMs,
      workingSetMiB,
      shimMiB,
      memoryLimitMiB: command.memoryMiB ?? null,
      publish: command.publish ?? null,
      portBlocked: portTaken,
    };
    created.push(container);
    if (cached) events.push(event(state.now, 'container-created', 'info', dockerEvent('create', container)));
    if (portTaken) {
      let endpoint: string;
      [endpoint, rng] = dockerContainerId(rng);
      const message = `driver failed programming external connectivity on endpoint ${name} (${endpoint}): Bind for 0.0.0.0:${hostPort} failed: port is already allocated`;
      events.push(
        event(state.now, 'container-port-conflict', 'error', `Error response from daemon: ${message}`),
      );
      error = { code: 'PortAllocated', message };
    }
  }
  next = {
    ...next,
    rng,
    containers: [...next.containers, ...created],
    lastScaleAt: { ...next.lastScaleAt, container: state.now },
  };
  return error === undefined ? { state: next, events } : { state: next, events, error };
}

/** A container keeps its published port from `docker run` until it exits or is removed. */
export function holdsPort(container: Container): boolean {
  return (
    !container.portBlocked &&
    (container.status === 'pulling' || container.status === 'created' || container.status === 'running')
  );
}

/** `docker stop`: SIGTERM; the servers here exit cleanly with code 0. Unknown refs are reported, the rest still stop. */
export function stopContainers(state: VmSimState, command: StopContainers): Step<VmSimState> {
  const { found, errors } = resolveContainers(state, command.refs);
  const events: SimEvent[] = [];
  const targets = new Set(found.map((c) => c.id));
  const containers = state.containers.map((c) => {
    if (!targets.has(c.id)) return c;
    if (c.status === 'created') return { ...c, nextAt: null };
    if (c.status !== 'running') return c;
    const stopped: Container = { ...c, status: 'exited', exitCode: 0, finishedAt: state.now, nextAt: null };
    events.push(event(state.now, 'container-stopped', 'info', dockerEvent('die', stopped, 'exitCode=0, ')));
    return stopped;
  });
  return withMissing({ state: { ...state, containers }, events }, errors);
}

export function removeContainers(state: VmSimState, command: RemoveContainers): Step<VmSimState> {
  const { found, errors } = resolveContainers(state, command.refs);
  const events: SimEvent[] = [];
  const removed = new Set<string>();
  for (const c of found) {
    if (c.status === 'running' && command.force !== true) {
      errors.push(
        `cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`,
      );
      continue;
    }
    removed.add(c.id);
    events.push(event(state.now, 'container-removed', 'info', dockerEvent('destroy', c)));
  }
  const containers = state.containers.filter((c) => !removed.has(c.id));
  return withMissing({ state: { ...state, containers }, events }, errors);
}

function withMissing(step: Step<VmSimState>, errors: readonly string[]): Step<VmSimState> {
  const [first] = errors;
  if (first === undefined) return step;
  const failures = errors.map((message) =>
    event(step.state.now, 'container-command-failed', 'error', `Error response from daemon: ${message}`),
  );
  return {
    ...step,
    events: [...step.events, ...failures],
    error: { code: first.startsWith('No such') ? 'NoSuchContainer' : 'Conflict', message: first },
  };
}

/**
 * A created container's process starting at `t`. Shell images exit at once (no terminal, nothing to
 * run); a process that does not fit in host memory or in its `-m` limit is OOM-killed (exit 137).
 */
export function startContainer(state: VmSimState, c: Container, t: number, events: SimEvent[]): Container {
  const image = catalogImage(c.image);
  const started: Container = { ...c, startedAt: t, nextAt: null };
  events.push(event(t, 'container-started', 'info', dockerEvent('start', started)));
  const need = c.workingSetMiB + c.shimMiB;
  if (
    need > containerHostMemory(state).freeMiB ||
    (c.memoryLimitMiB !== null && c.workingSetMiB > c.memoryLimitMiB)
  ) {
    const killed: Container = { ...started, status: 'exited', exitCode: 137, oomKilled: true, finishedAt: t };
    events.push(
      event(
        t,
        'container-oom',
        'error',
        `${dockerEvent('oom', killed)}: out of memory, the kernel killed its process (exit code 137)`,
      ),
    );
    return killed;
  }
  if (image?.longRunning !== true) {
    const exited: Container = { ...started, status: 'exited', exitCode: 0, finishedAt: t };
    events.push(
      event(
        t,
        'container-exited',
        'warning',
        `${dockerEvent('die', exited, 'exitCode=0, ')}: its main process ${image?.command ?? ''} ended at once (no terminal attached), and a container lives only as long as its main process`,
      ),
    );
    return exited;
  }
  return { ...started, status: 'running' };
}
