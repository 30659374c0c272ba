import { describe, expect, it } from 'vitest';
import { webFleet, type ServiceDriver } from '../services/testing/service-driver';
import { webApp } from '../testing/fixtures';


function tracked(min = 1, max = 10): ServiceDriver {
  return webFleet('1.4.2', { lb: false, perAz: 2 })
    .service('web', 'web', 2, { launchType: 'EC2' })
    .wait('2m')
    .send({
      type: 'RegisterScalableTarget',
      resourceId: 'service/default/web',
      minCapacity: min,
      maxCapacity: max,
    })
    .send({
      type: 'PutScalingPolicy',
      resourceId: 'service/default/web',
      policyName: 'cpu50',
      targetValue: 50,
      metric: 'ECSServiceAverageCPUUtilization',
      scaleOutCooldown: 60,
      scaleInCooldown: 60,
    });
}

describe('applyTargetTracking', () => {
  it('scales out after 3 minutes above the target, to ceil(running × metric ÷ target) (§5.7)', () => {
    let d = tracked().send({ type: 'SetLoad', service: 'web', rps: 400 }).wait('2m');
    expect(d.svc().desiredCount).toBe(2);
    d = d.wait('1m');
    expect(d.svc().desiredCount).toBe(4);
    d = d.wait('10m');
    expect(d.svc().cpuUtilization.at(-1)?.percent).toBe(50);
  });

  it('scales in only after 15 minutes below 90 % of the target, never below the minimum', () => {
    let d = tracked(2).send({ type: 'SetLoad', service: 'web', rps: 400 }).wait('10m');
    expect(d.svc().desiredCount).toBe(4);
    d = d.send({ type: 'SetLoad', service: 'web', rps: 10 }).wait('14m');
    expect(d.svc().desiredCount).toBe(4);
    d = d.wait('2m');
    expect(d.svc().desiredCount).toBe(2);
  });

  it('does not scale in while a deployment is in progress (§5.3)', () => {
    let d = tracked(1, 10).send({ type: 'SetLoad', service: 'web', rps: 10 });
    d = d.send({
      type: 'UpdateService',
      service: 'web',
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 },
    });
    d = d.register(webApp('1.5.0')).update('web', { taskDefinition: 'web' }).wait('20m');
    expect(d.svc().deployments).toHaveLength(2);
    expect(d.svc().desiredCount).toBe(2);
  });
});

describe('registerScalableTarget', () => {
  it('brings the desired count within the new bounds', () => {
    const d = tracked(3, 10);
    expect(d.svc().desiredCount).toBe(3);
    expect(d.state.scalableTargets[0]).toMatchObject({
      resourceId: 'service/default/web',
      minCapacity: 3,
      maxCapacity: 10,
      policy: { name: 'cpu50', targetValue: 50 },
    });
  });

  it('refuses an unknown service and min above max', () => {
    const d = webFleet('1.4.2', { lb: false });
    expect(
      d.send({
        type: 'RegisterScalableTarget',
        resourceId: 'service/default/nope',
        minCapacity: 1,
        maxCapacity: 2,
      }).lastError?.code,
    ).toBe('ValidationException');
    const s = d.service('web', 'web', 1, { launchType: 'EC2' });
    expect(
      s.send({
        type: 'RegisterScalableTarget',
        resourceId: 'service/default/web',
        minCapacity: 3,
        maxCapacity: 2,
      }).lastError?.code,
    ).toBe('ValidationException');
  });
});

describe('putScalingPolicy', () => {
  it('needs a registered scalable target (ObjectNotFoundException)', () => {
    const d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, { launchType: 'EC2' }).send({
      type: 'PutScalingPolicy',
      resourceId: 'service/default/web',
      policyName: 'p',
      targetValue: 50,
      metric: 'ECSServiceAverageCPUUtilization',
      scaleOutCooldown: 60,
      scaleInCooldown: 60,
    });
    expect(d.lastError).toEqual({
      code: 'ObjectNotFoundException',
      message:
        'No scalable target registered for service namespace: ecs, resource ID: service/default/web, scalable dimension: ecs:service:DesiredCount',
    });
  });
});
