import { describe, expect, it } from 'vitest';
import { nginxBridge } from '../testing/fixtures';
import { svc } from './testing/service-driver';


describe('reconcileDaemon', () => {
  it('runs one task on every ACTIVE instance and follows the instances (§5.1)', () => {
    let d = svc().instances(1).register(nginxBridge).service('agent', 'nginx', null).wait('1m');
    expect(d.running('agent')).toHaveLength(3);
    expect(new Set(d.running('agent').map((t) => t.containerInstanceId)).size).toBe(3);
    expect(d.svc('agent')).toMatchObject({
      schedulingStrategy: 'DAEMON',
      desiredCount: 3,
      deploymentConfiguration: { minimumHealthyPercent: 0, maximumPercent: 100 },
    });
    d = d.instances(1).wait('1m');
    expect(d.running('agent')).toHaveLength(6);
    expect(d.svc('agent').desiredCount).toBe(6);
  });

  it('stops its task on a DRAINING instance and places none there (§5.1, §5.9)', () => {
    let d = svc().instances(1).register(nginxBridge).service('agent', 'nginx', null).wait('1m');
    const ci = d.state.containerInstances[0];
    d = d
      .send({ type: 'UpdateContainerInstancesState', containerInstances: [ci?.id ?? ''], status: 'DRAINING' })
      .wait('1m');
    expect(d.running('agent')).toHaveLength(2);
    expect(d.running('agent').some((t) => t.containerInstanceId === ci?.id)).toBe(false);
    expect(d.svc('agent').desiredCount).toBe(2);
  });

  it('replaces each instance’s task on a new deployment', () => {
    let d = svc().instances(1).register(nginxBridge).service('agent', 'nginx', null).wait('1m');
    d = d.register(nginxBridge).update('agent', { taskDefinition: 'nginx' }).wait('2m');
    expect(d.running('agent')).toHaveLength(3);
    expect(d.running('agent').every((t) => t.taskDefinitionArn.endsWith('nginx:2'))).toBe(true);
    expect(d.svc('agent').deployments).toHaveLength(1);
  });
});
