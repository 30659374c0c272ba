import { describe, expect, it } from 'vitest';
import { nginxBridge } from '../testing/fixtures';
import { svc, webFleet } from './testing/service-driver';


describe('deleteService', () => {
  it('refuses while the desired count is above 0 without --force (§5.1)', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 2, { launchType: 'EC2' })
      .send({ type: 'DeleteService', service: 'web' });
    expect(d.lastError).toEqual({
      code: 'InvalidParameterException',
      message: 'The service cannot be stopped while it is scaled above 0.',
    });
    expect(d.svc().status).toBe('ACTIVE');
  });

  it('with --force drains the service: its tasks stop, then it is INACTIVE', () => {
    let d = webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2' }).wait('3m');
    d = d.send({ type: 'DeleteService', service: 'web', force: true });
    expect(d.svc()).toMatchObject({ status: 'DRAINING', desiredCount: 0 });
    expect(d.live()).toHaveLength(0);
    d = d.wait('6m');
    expect(d.svc().status).toBe('INACTIVE');
    expect(
      d.state.tasks.filter((t) => t.serviceName === 'web').every((t) => t.lastStatus === 'STOPPED'),
    ).toBe(true);
    expect(d.targets('web-tg')).toHaveLength(0);
  });

  it('stays DRAINING until every task has STOPPED, then turns INACTIVE (§5.1)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 2, { launchType: 'EC2' }).wait('3m');
    d = d.send({ type: 'DeleteService', service: 'web', force: true });
    for (let s = 0; s < 60; s += 1) {
      const left = d.state.tasks.filter((t) => t.serviceName === 'web' && t.lastStatus !== 'STOPPED');
      if (left.length > 0) expect(d.svc().status).toBe('DRAINING');
      d = d.wait('1s');
    }
    expect(d.svc().status).toBe('INACTIVE');
  });

  it('answers DRAINING even when the service has no task left, and is INACTIVE after the call (§5.1)', () => {
    let d = svc()
      .send({ type: 'CreateCluster', clusterName: 'default' })
      .register({ ...nginxBridge, family: 'web' })
      .service('web', 'web', 2)
      .wait('1m');
    expect(d.live()).toHaveLength(0);
    d = d.send({ type: 'DeleteService', service: 'web', force: true });
    expect(d.svc().status).toBe('DRAINING');
    d = d.wait('1s');
    expect(d.svc().status).toBe('INACTIVE');
    expect(d.lastEvents.map((e) => e.message)).toContain('ECS service web is INACTIVE: all its tasks have stopped');
  });

  it('lets a new service take the name once the old one is INACTIVE', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 0, { launchType: 'EC2' })
      .send({ type: 'DeleteService', service: 'web' })
      .wait('1s')
      .service('web', 'web', 1, { launchType: 'EC2' });
    expect(d.lastError).toBeUndefined();
    expect(d.state.services.filter((s) => s.name === 'web')).toHaveLength(1);
  });

  it('answers an unknown service with ServiceNotFoundException', () => {
    expect(
      webFleet('1.4.2', { lb: false }).send({ type: 'DeleteService', service: 'nope' }).lastError?.code,
    ).toBe('ServiceNotFoundException');
  });
});
