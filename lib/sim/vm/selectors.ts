import {
  CONTAINER_HOST_OS_MIB,
  FIGURES,
  HOST,
  HYPERVISOR_RESERVED_MIB,
  instanceType,
  REPLICA_CAPACITY_RPS,
  WEB_APP_MEMORY,
} from './figures';
import { catalogImage } from './images';
import type { Container, LoadSample, Side, Vm, VmSimState } from './types';

/**
 * Pure reads of the containers-vs-VMs state for the UI, the CLI and the engine itself. Declare
 * React selectors on top of these at module scope (STYLE.md §5).
 */

const midpoint = (range: { min: number; max: number }): number => (range.min + range.max) / 2;

/** A VM holds its memory from launch (pending) until it is terminated. */
export function holdsMemory(vm: Vm): boolean {
  return vm.state !== 'terminated';
}

/** Only a process that is running uses memory; a created or exited container uses none. */
export function usesMemory(container: Container): boolean {
  return container.status === 'running';
}

export interface VmHostMemory {
  readonly totalMiB: number;
  readonly hypervisorMiB: number;
  /** Whole instance memory of every VM not yet terminated. */
  readonly reservedMiB: number;
  /** Of the reserved memory: guest operating systems… */
  readonly guestOsMiB: number;
  /** …the app itself… */
  readonly appMiB: number;
  /** …and memory reserved by a VM but idle, unusable by anyone else. */
  readonly idleMiB: number;
  readonly freeMiB: number;
}

export function vmHostMemory(state: VmSimState): VmHostMemory {
  const held = state.vms.filter(holdsMemory);
  const reservedMiB = held.reduce((sum, vm) => sum + vm.memoryMiB, 0);
  const guestOsMiB = held.reduce((sum, vm) => sum + vm.guestOsMiB, 0);
  const appMiB = held.filter((vm) => vm.phase === 'ready').reduce((sum, vm) => sum + vm.appMiB, 0);
  return {
    totalMiB: HOST.memoryMiB,
    hypervisorMiB: HYPERVISOR_RESERVED_MIB,
    reservedMiB,
    guestOsMiB,
    appMiB,
    idleMiB: reservedMiB - guestOsMiB - appMiB,
    freeMiB: HOST.memoryMiB - HYPERVISOR_RESERVED_MIB - reservedMiB,
  };
}

export interface ContainerHostMemory {
  readonly totalMiB: number;
  /** Host kernel, systemd, dockerd and containerd. */
  readonly hostOsMiB: number;
  readonly appMiB: number;
  readonly shimMiB: number;
  readonly usedMiB: number;
  readonly freeMiB: number;
}

export function containerHostMemory(state: VmSimState): ContainerHostMemory {
  const running = state.containers.filter(usesMemory);
  const appMiB = running.reduce((sum, c) => sum + c.workingSetMiB, 0);
  const shimMiB = running.reduce((sum, c) => sum + c.shimMiB, 0);
  const usedMiB = CONTAINER_HOST_OS_MIB + appMiB + shimMiB;
  return {
    totalMiB: HOST.memoryMiB,
    hostOsMiB: CONTAINER_HOST_OS_MIB,
    appMiB,
    shimMiB,
    usedMiB,
    freeMiB: HOST.memoryMiB - usedMiB,
  };
}

export function hostMemory(state: VmSimState): { vm: VmHostMemory; container: ContainerHostMemory } {
  return { vm: vmHostMemory(state), container: containerHostMemory(state) };
}

/** How many more VMs of a type (default: the last one launched, else t3.small) the hypervisor host can take. */
export function vmsThatFit(
  state: VmSimState,
  type = state.vms[state.vms.length - 1]?.instanceType ?? 't3.small',
): number {
  const size = instanceType(type)?.memoryMiB;
  return size === undefined ? 0 : Math.max(0, Math.floor(vmHostMemory(state).freeMiB / size));
}

/**
 * How many more containers of an image (default: the last one run, else nginx) fit, at that
 * image's typical working set plus a shim.
 */
export function containersThatFit(
  state: VmSimState,
  image = state.containers[state.containers.length - 1]?.image ?? 'nginx:latest',
): number {
  const typical =
    midpoint(catalogImage(image)?.workingSetMiB ?? WEB_APP_MEMORY) + midpoint(FIGURES.shimMemory.range);
  return Math.max(0, Math.floor(containerHostMemory(state).freeMiB / typical));
}

/** Memory each instance costs beyond the app: a guest OS per VM versus a shim per container. */
export function overheadPerInstance(state: VmSimState): { vmGuestOsMiB: number; containerShimMiB: number } {
  const vms = state.vms.filter(holdsMemory);
  const containers = state.containers.filter(usesMemory);
  return {
    vmGuestOsMiB:
      vms.length === 0
        ? midpoint(FIGURES.guestOsMemory.range)
        : vms.reduce((s, vm) => s + vm.guestOsMiB, 0) / vms.length,
    containerShimMiB:
      containers.length === 0
        ? midpoint(FIGURES.shimMemory.range)
        : containers.reduce((s, c) => s + c.shimMiB, 0) / containers.length,
  };
}

/** Ready VMs, and running containers of an image that serves the web workload (not redis or a shell). */
export function readyReplicas(state: VmSimState): { vm: number; container: number } {
  const vm = state.vms.filter((v) => v.phase === 'ready').length;
  const container = state.containers.filter(
    (c) => c.status === 'running' && catalogImage(c.image)?.servesWeb === true,
  ).length;
  return { vm, container };
}

export function capacityRps(state: VmSimState): { vm: number; container: number } {
  const ready = readyReplicas(state);
  return { vm: ready.vm * REPLICA_CAPACITY_RPS, container: ready.container * REPLICA_CAPACITY_RPS };
}

export function latestSample(state: VmSimState): LoadSample | undefined {
  return state.samples[state.samples.length - 1];
}

/**
 * Milliseconds from `since` (default: the side's last scale-up command) until the side first had
 * `n` ready replicas, or null if it has not got there yet.
 */
export function timeToReady(state: VmSimState, side: Side, n: number, since?: number): number | null {
  const from = since ?? state.lastScaleAt[side] ?? 0;
  const points = state.readiness[side];
  let before = 0;
  for (const point of points) {
    if (point.t <= from) {
      before = point.ready;
      continue;
    }
    if (before >= n) return 0;
    if (point.ready >= n) return point.t - from;
  }
  return before >= n ? 0 : null;
}

/** {@link timeToReady} for both sides: the burst race. */
export function readinessRace(state: VmSimState, n: number): { vm: number | null; container: number | null } {
  return { vm: timeToReady(state, 'vm', n), container: timeToReady(state, 'container', n) };
}
