import { describe, expect, it } from 'vitest';
import { vmSim } from '@/lib/sim/vm/vm-driver';
import type { Vm } from '@/lib/sim/vm/types';
import { bootSteps, bootText } from './boot-plan';
import { formatDuration } from './format';

const firstVm = (vms: readonly Vm[]): Vm => {
  const [vm] = vms;
  if (vm === undefined) throw new Error('no VM');
  return vm;
};

describe('bootText', () => {
  it('says how long the VM has been at it, never when it will be ready', () => {
    const launched = vmSim(3).launch(1);
    const pending = firstVm(launched.state.vms);
    expect(bootText(pending, 4_000)).toBe('launching for 4\u00a0s');
    const booting = launched.wait(pending.plan.runningAt + 1);
    const vm = firstVm(booting.state.vms);
    expect(vm.phase).toBe('booting');
    const text = bootText(vm, 57_000);
    expect(text).toBe('booting for 57\u00a0s');
    expect(text).not.toContain(String(Math.round((vm.plan.readyAt - vm.launchedAt) / 1000)));
  });

  it('gives the whole boot time once the VM is ready', () => {
    const ready = vmSim(3).launch(1).wait('5m');
    const vm = firstVm(ready.state.vms);
    expect(bootText(vm, ready.state.now)).toBe(
      `ready after ${formatDuration(vm.plan.readyAt - vm.launchedAt)}`,
    );
    expect(bootText(vm, ready.state.now)).toMatch(/^ready after 1\u00a0min/);
  });
});

describe('bootSteps', () => {
  it('marks the steps behind the VM done and the one under way current, with no proportions', () => {
    const sim = vmSim(3).launch(1);
    const statuses = (vm: Vm) => bootSteps(vm).map((step) => step.status);
    const vm = firstVm(sim.state.vms);
    expect(statuses(vm)).toEqual(['current', 'todo', 'todo']);
    expect(statuses(firstVm(sim.wait(vm.plan.runningAt + 1).state.vms))).toEqual(['done', 'current', 'todo']);
    expect(statuses(firstVm(sim.wait(vm.plan.osReadyAt + 1).state.vms))).toEqual(['done', 'done', 'current']);
    expect(statuses(firstVm(sim.wait('5m').state.vms))).toEqual(['done', 'done', 'done']);
    expect(bootSteps(vm).every((step) => !('share' in step))).toBe(true);
  });
});
