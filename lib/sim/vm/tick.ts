import type { SimEvent, Step } from '../core/types';
import type { VmSimState } from './types';
import { advanceVm } from './vm-lifecycle';
import { startContainer } from './container-lifecycle';
import { completePull } from './image-pulls';
import { sampleSecond, trackReadiness } from './workload';

/**
 * Simulated time passing. The world changes only at absolute instants (scheduled changes and
 * whole-second samples), never in proportion to the tick's length, so tick(a) then tick(b) equals
 * tick(a + b) (the contract in core/types.ts). At equal times, scheduled changes come before the
 * sample; among changes, pulls, then containers, then VMs, each in list order.
 */
export function nextChangeAt(state: VmSimState): number | null {
  let next = Infinity;
  for (const pull of state.pulls) next = Math.min(next, pull.doneAt);
  for (const c of state.containers) if (c.nextAt !== null) next = Math.min(next, c.nextAt);
  for (const vm of state.vms) if (vm.nextAt !== null) next = Math.min(next, vm.nextAt);
  return next === Infinity ? null : next;
}

function changesAt(state: VmSimState, t: number, events: SimEvent[]): VmSimState {
  let next: VmSimState = { ...state, now: t };
  for (const pull of state.pulls) if (pull.doneAt === t) next = completePull(next, pull.ref, t, events);
  if (next.containers.some((c) => c.nextAt === t)) {
    const containers = [...next.containers];
    for (const [index, c] of containers.entries()) {
      // Each start sees the memory taken by the ones started just before it.
      if (c.nextAt === t) containers[index] = startContainer({ ...next, containers }, c, t, events);
    }
    next = { ...next, containers };
  }
  if (next.vms.some((vm) => vm.nextAt === t)) {
    const vms = [];
    for (const vm of next.vms) {
      const advanced = vm.nextAt === t ? advanceVm(vm, t, events) : vm;
      if (advanced !== null) vms.push(advanced);
    }
    next = { ...next, vms };
  }
  return trackReadiness(next);
}

export function tick(state: VmSimState, ms: number): Step<VmSimState> {
  const target = state.now + Math.max(0, Math.round(ms));
  const events: SimEvent[] = [];
  let current = state;
  for (;;) {
    const change = nextChangeAt(current);
    const second = (Math.floor(current.now / 1000) + 1) * 1000;
    if (change !== null && change <= target && change <= second) current = changesAt(current, change, events);
    else if (second <= target) current = sampleSecond({ ...current, now: second }, second, events);
    else break;
  }
  return { state: current.now === target ? current : { ...current, now: target }, events };
}
