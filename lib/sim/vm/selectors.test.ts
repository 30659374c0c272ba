import { describe, expect, it } from 'vitest';
import { vmSim } from './vm-driver';
import { CONTAINER_HOST_OS_MIB, HOST, HYPERVISOR_RESERVED_MIB } from './figures';
import {
  containerHostMemory,
  containersThatFit,
  overheadPerInstance,
  vmHostMemory,
  vmsThatFit,
} from './selectors';

describe('vmHostMemory', () => {
  it('splits reserved memory into guest OS, app and idle, next to what is free', () => {
    const { state } = vmSim(2).launch(4, 't3.small').wait('5m');
    const memory = vmHostMemory(state);
    expect(memory.reservedMiB).toBe(4 * 2048);
    expect(memory.guestOsMiB + memory.appMiB + memory.idleMiB).toBe(memory.reservedMiB);
    expect(memory.freeMiB).toBe(HOST.memoryMiB - HYPERVISOR_RESERVED_MIB - 4 * 2048);
  });
});

describe('containerHostMemory', () => {
  it('starts with only the host OS and the container runtime in use', () => {
    expect(containerHostMemory(vmSim().state)).toMatchObject({
      usedMiB: CONTAINER_HOST_OS_MIB,
      appMiB: 0,
      shimMiB: 0,
    });
  });
});

describe('vmsThatFit / containersThatFit', () => {
  it('shows the density gap: tens of VMs against thousands of containers on the same hardware', () => {
    const { state } = vmSim();
    expect(vmsThatFit(state, 't3.small')).toBe(31);
    expect(vmsThatFit(state, 't3.large')).toBe(7);
    expect(containersThatFit(state, 'nginx:latest')).toBeGreaterThan(1500);
    expect(vmsThatFit(state, 'm5.large')).toBe(0);
  });

  it('goes down as instances are added', () => {
    expect(vmsThatFit(vmSim().launch(30).state)).toBe(1);
  });
});

describe('overheadPerInstance', () => {
  it('compares a guest OS of hundreds of MiB with a shim of a few MiB', () => {
    const { state } = vmSim(4).launch(3).run('nginx', { count: 3 }).wait('5m');
    const overhead = overheadPerInstance(state);
    expect(overhead.vmGuestOsMiB).toBeGreaterThan(200);
    expect(overhead.containerShimMiB).toBeLessThan(10);
  });
});
