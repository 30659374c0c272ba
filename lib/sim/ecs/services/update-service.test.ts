import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/fixtures';
import { webFleet } from './testing/service-driver';


describe('updateService', () => {
  it('starts a deployment for a new revision: PRIMARY in front, the previous one ACTIVE (§5.3)', () => {
    const before = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2' })
      .wait('2m');
    const d = before.register(webApp('1.5.0')).update('web', { taskDefinition: 'web' });
    const [primary, active] = d.svc().deployments;
    expect(primary).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      taskDefinitionArn: expect.stringMatching(/web:2$/),
    });
    expect(active).toMatchObject({ status: 'ACTIVE', id: before.svc().deployments[0]?.id });
    expect(d.svc().taskDefinitionArn).toMatch(/web:2$/);
  });

  it('starts one for forceNewDeployment with the same revision, and none for a desired count change', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, { launchType: 'EC2' }).wait('2m');
    d = d.update('web', { desiredCount: 2 });
    expect(d.svc().deployments).toHaveLength(1);
    expect(d.svc().deployments[0]?.desiredCount).toBe(2);
    d = d.update('web', { forceNewDeployment: true });
    expect(d.svc().deployments).toHaveLength(2);
    expect(d.svc().deployments[0]?.taskDefinitionArn).toBe(d.svc().deployments[1]?.taskDefinitionArn);
  });

  it('changes the deployment configuration and grace period without a deployment', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2' })
      .update('web', {
        deploymentConfiguration: { minimumHealthyPercent: 50 },
        healthCheckGracePeriodSeconds: 60,
      });
    expect(d.svc().deploymentConfiguration).toMatchObject({ minimumHealthyPercent: 50, maximumPercent: 200 });
    expect(d.svc().healthCheckGracePeriodSeconds).toBe(60);
    expect(d.svc().deployments).toHaveLength(1);
  });

  it('answers an unknown service with ServiceNotFoundException and a deleted one with ServiceNotActiveException', () => {
    let d = webFleet('1.4.2', { lb: false }).update('nope', { desiredCount: 1 });
    expect(d.lastError).toEqual({ code: 'ServiceNotFoundException', message: 'Service not found.' });
    d = d
      .service('web', 'web', 0, { launchType: 'EC2' })
      .send({ type: 'DeleteService', service: 'web' })
      .update('web', { desiredCount: 1 });
    expect(d.lastError).toEqual({ code: 'ServiceNotActiveException', message: 'Service was not ACTIVE.' });
  });
});
