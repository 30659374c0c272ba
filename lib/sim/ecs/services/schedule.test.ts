import { describe, expect, it } from 'vitest';
import { nextServicesChangeAt } from './schedule';
import { webFleet } from './testing/service-driver';


describe('nextServicesChangeAt', () => {
  it('is null with nothing scheduled', () => {
    expect(nextServicesChangeAt(webFleet('1.4.2').state)).toBeNull();
  });

  it('is the next target health check, always after now', () => {
    const d = webFleet('1.4.2').service('web', 'web', 1, { lb: 'web-tg', launchType: 'EC2' }).wait('2m');
    const next = nextServicesChangeAt(d.state);
    const checks = d.targets('web-tg').map((t) => t.nextCheckAt);
    expect(next).toBe(Math.min(...checks));
    expect(next).toBeGreaterThan(d.state.now);
  });

  it('includes the end of a running task’s grace period and a throttled service’s retry', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2', healthCheckGracePeriodSeconds: 600 })
      .wait('1m');
    const task = d.running()[0];
    expect(nextServicesChangeAt(d.state)).toBe((task?.startedAt ?? 0) + 600_000);
    const throttled = {
      ...d.state,
      services: d.state.services.map((s) => ({ ...s, retryAt: d.state.now + 5_000 })),
    };
    expect(nextServicesChangeAt(throttled)).toBe(d.state.now + 5_000);
    const past = {
      ...d.state,
      services: d.state.services.map((s) => ({
        ...s,
        retryAt: d.state.now,
        healthCheckGracePeriodSeconds: 0,
      })),
    };
    expect(nextServicesChangeAt(past)).toBeNull();
  });
});
