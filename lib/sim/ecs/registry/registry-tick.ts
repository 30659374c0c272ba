import type { SimEvent, Step } from '../../core/types';
import { nextChangeAt as ecrNextChangeAt, tick as ecrTick } from '../../ecr/tick';
import { nextChangeAt as ecsNextChangeAt, tick as ecsTick } from '../tick';
import type { EcsState } from '../types';
import { registryView, withRegistryStep } from './registry-part';

/**
 * Time for the account and its registry together. The registry changes at its own instants (a
 * scan completes, a lifecycle policy runs); the ECS world is advanced to each of them first, so
 * a task pulling after a lifecycle run sees the run, and ticks stay additive.
 */
export function tickWithRegistry(state: EcsState, ms: number): Step<EcsState> {
  const target = state.now + ms;
  const events: SimEvent[] = [];
  let current = state;
  for (;;) {
    const due = ecrNextChangeAt(registryView(current));
    const until = due === null || due > target ? target : due;
    // The registry's change happens at `until`: ECS runs up to it with the registry as it was
    // (its pulls are recorded there), then the registry's own instants up to `until` settle.
    const ecs = ecsTick(current, until - current.now);
    const registry = ecrTick({ ...registryView(ecs.state), now: current.now }, until - current.now);
    events.push(...ecs.events, ...registry.events);
    // A registry tick draws nothing from the PRNG: keep the ECS world's.
    current = { ...withRegistryStep(ecs.state, registry).state, rng: ecs.state.rng };
    if (until === target) break;
  }
  return { state: current, events };
}

export function nextChangeWithRegistry(state: EcsState): number | null {
  const times = [ecsNextChangeAt(state), ecrNextChangeAt(registryView(state))].filter((at): at is number => at !== null);
  return times.length === 0 ? null : Math.min(...times);
}
