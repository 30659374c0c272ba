import { describe, expect, it } from 'vitest';
import { vmSim } from './vm-driver';
import { REPLICA_CAPACITY_RPS, SAMPLE_HISTORY } from './figures';
import { readinessRace, readyReplicas, timeToReady } from './selectors';

describe('sampleSecond', () => {
  it('takes one sample at each whole simulated second, however time is ticked', () => {
    const sim = vmSim().wait(400).wait(700).wait(1900);
    expect(sim.state.samples.map((s) => s.t)).toEqual([1000, 2000, 3000]);
  });

  it('grows each side’s queue by arrivals minus capacity, floored at zero', () => {
    let sim = vmSim(3).run('nginx', { count: 2 }).wait('30s').traffic(500).wait(1000);
    const capacity = 2 * REPLICA_CAPACITY_RPS;
    expect(sim.state.samples.at(-1)?.container).toEqual({ ready: 2, capacity, queue: 500 - capacity });
    expect(sim.state.samples.at(-1)?.vm).toEqual({ ready: 0, capacity: 0, queue: 500 });
    sim = sim.wait(1000);
    expect(sim.state.load.container.queue).toBe(2 * (500 - capacity));
    sim = sim.traffic(0).wait(1000);
    expect(sim.state.load.container.queue).toBe(Math.max(0, 2 * (500 - capacity) - capacity));
    expect(sim.state.load.vm.queue).toBe(1000);
  });

  it('counts served requests and says when a queue starts and drains', () => {
    const sim = vmSim(3).run('nginx').wait('30s').traffic(300).wait(2000).traffic(0).wait('10s');
    expect(sim.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['queue-building', 'queue-drained']),
    );
    expect(sim.state.load.container.served).toBe(600);
  });

  it('keeps only the last 900 samples', () => {
    const sim = vmSim().wait('20m');
    expect(sim.state.samples).toHaveLength(SAMPLE_HISTORY);
    expect(sim.state.samples[0]?.t).toBe((20 * 60 - SAMPLE_HISTORY + 1) * 1000);
  });

  it('does not count containers that do not serve the web app (redis, shells)', () => {
    const sim = vmSim().run('redis').run('alpine').wait('1m');
    expect(readyReplicas(sim.state).container).toBe(0);
  });
});

describe('timeToReady', () => {
  it('measures from the last scale-up until N replicas are ready, per side', () => {
    const sim = vmSim(6).launch(3).run('nginx', { count: 3 }).wait('5m');
    const race = readinessRace(sim.state, 3);
    expect(race.container).toBeGreaterThan(0);
    expect(race.container).toBeLessThan(20_000);
    expect(race.vm).toBe(Math.max(...sim.state.vms.map((vm) => vm.plan.readyAt)));
  });

  it('is null until the side gets there, and 0 if it already had enough', () => {
    const sim = vmSim(6).run('nginx', { count: 2 }).wait('1m');
    expect(timeToReady(sim.state, 'container', 5)).toBeNull();
    expect(timeToReady(sim.state, 'container', 2, 50_000)).toBe(0);
  });
});
