import { describe, expect, it } from 'vitest';
import { ECR_REGISTRY } from '../catalog';
import { webApp } from '../testing/fixtures';
import { svc, webFleet } from './testing/service-driver';
import { THROTTLE_MAX_MS, throttleDelay } from './throttle';


describe('throttleDelay', () => {
  it('waits longer after each failure to start, never more than 27 minutes (§5.1)', () => {
    expect(throttleDelay(2)).toBe(0);
    expect(throttleDelay(3)).toBe(10_000);
    expect(throttleDelay(4)).toBe(20_000);
    expect(throttleDelay(50)).toBe(THROTTLE_MAX_MS);
    expect(THROTTLE_MAX_MS).toBe(27 * 60_000);
  });
});

describe('countStartFailure', () => {
  const broken = () =>
    webFleet('1.4.2', { lb: false })
      .register(webApp('1.4.2', { image: `${ECR_REGISTRY}/web:9.9.9` }, 'broken'))
      .service('web', 'broken', 1, { launchType: 'EC2' });

  it('throttles a service whose tasks never reach RUNNING and says so once (§5.1)', () => {
    const d = broken().wait('30m');
    const message = '(service web) is unable to consistently start tasks successfully.';
    expect(d.messages().filter((m) => m === message)).toHaveLength(1);
    expect(d.svc().startFailures).toBeGreaterThanOrEqual(3);
    expect(d.svc().retryAt).toBeGreaterThan(d.state.now - THROTTLE_MAX_MS);
    const attempts = d.state.tasks.filter((t) => t.serviceName === 'web').length;
    expect(attempts).toBeLessThan(30);
  });

  it('resets when the service is updated', () => {
    let d = broken().wait('10m');
    expect(d.svc().startFailures).toBeGreaterThan(0);
    d = d.register(webApp('1.4.2')).update('web', { taskDefinition: 'web' });
    expect(d.svc()).toMatchObject({ startFailures: 0, retryAt: 0 });
  });

  it('does not count tasks that reached RUNNING and exited', () => {
    let d = svc()
      .instances(1)
      .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
      .register(webApp('1.6.0'));
    d = d.service('web', 'web', 1, { launchType: 'EC2' }).wait('10m');
    expect(d.svc().startFailures).toBe(0);
    expect(d.messages().some((m) => m.includes('unable to consistently start'))).toBe(false);
  });
});
