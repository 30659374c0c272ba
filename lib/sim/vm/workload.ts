import type { SimEvent } from '../core/types';
import { REPLICA_CAPACITY_RPS, SAMPLE_HISTORY } from './figures';
import { readyReplicas } from './selectors';
import type { LoadSample, ReadyPoint, Side, SideLoad, SideSample, VmSimState } from './types';
import { event, formatCount } from './events';

/** How many readiness changes each side remembers. */
const READINESS_HISTORY = 400;
const SIDE_LABEL: Record<Side, string> = { vm: 'VM host', container: 'Container host' };

/**
 * One whole simulated second of the web workload, at the absolute boundary `t` (a multiple of
 * 1000), so that tick stays additive. Each side: queue += arrivals − capacity, floored at 0.
 */
export function sampleSecond(state: VmSimState, t: number, events: SimEvent[]): VmSimState {
  const ready = readyReplicas(state);
  const sideStep = (side: Side): { load: SideLoad; sample: SideSample } => {
    const previous = state.load[side];
    const capacity = ready[side] * REPLICA_CAPACITY_RPS;
    const waiting = previous.queue + state.rps;
    const served = Math.min(waiting, capacity);
    const queue = waiting - served;
    if (previous.queue === 0 && queue > 0) {
      events.push(
        event(
          t,
          'queue-building',
          'warning',
          `${SIDE_LABEL[side]}: ${formatCount(state.rps)} req/s arriving, capacity ${formatCount(capacity)} req/s; requests are queueing`,
        ),
      );
    } else if (previous.queue > 0 && queue === 0) {
      events.push(
        event(t, 'queue-drained', 'success', `${SIDE_LABEL[side]} caught up: the request queue is empty`),
      );
    }
    return {
      load: { queue, served: previous.served + served },
      sample: { ready: ready[side], capacity, queue },
    };
  };
  const vm = sideStep('vm');
  const container = sideStep('container');
  const sample: LoadSample = { t, rps: state.rps, vm: vm.sample, container: container.sample };
  const samples =
    state.samples.length >= SAMPLE_HISTORY
      ? [...state.samples.slice(1 - SAMPLE_HISTORY), sample]
      : [...state.samples, sample];
  return { ...state, load: { vm: vm.load, container: container.load }, samples };
}

/** Appends a readiness point for each side whose ready-replica count changed. */
export function trackReadiness(state: VmSimState): VmSimState {
  const ready = readyReplicas(state);
  const track = (points: readonly ReadyPoint[], count: number): readonly ReadyPoint[] => {
    const last = points[points.length - 1];
    if ((last?.ready ?? 0) === count) return points;
    const point = { t: state.now, ready: count };
    if (last !== undefined && last.t === state.now) return [...points.slice(0, -1), point];
    return points.length >= READINESS_HISTORY
      ? [...points.slice(1 - READINESS_HISTORY), point]
      : [...points, point];
  };
  const vm = track(state.readiness.vm, ready.vm);
  const container = track(state.readiness.container, ready.container);
  if (vm === state.readiness.vm && container === state.readiness.container) return state;
  return { ...state, readiness: { vm, container } };
}
