import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/fixtures';
import { minimumHealthyTasks } from './bounds';
import { indexTargets, verdictOf } from './health';
import { svc, until, webFleet, type ServiceDriver } from './testing/service-driver';


const healthyCount = (d: ServiceDriver): number => {
  const targets = indexTargets(d.state);
  return d.live().filter((t) => verdictOf(d.svc(), t, targets).kind === 'healthy').length;
};

describe('reconcileReplica', () => {
  it('reaches the desired count, registers each task in the target group, completes and reaches a steady state (§5.1, §5.2)', () => {
    const d = webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2' }).wait('3m');
    expect(d.running()).toHaveLength(2);
    const id = d.svc().deployments[0]?.id ?? '';
    const arn = d.group('web-tg').arn;
    expect(d.messages()).toEqual([
      '(service web) has reached a steady state.',
      `(service web) (deployment ${id}) deployment completed.`,
      `(service web) registered 1 targets in (target-group ${arn})`,
      `(service web) registered 1 targets in (target-group ${arn})`,
      expect.stringMatching(
        /^\(service web\) has started 2 tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/,
      ),
    ]);
    expect(d.svc().deployments[0]).toMatchObject({
      rolloutState: 'COMPLETED',
      rolloutStateReason: `ECS deployment ${id} completed.`,
    });
    expect(d.svc().events[0]?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('spreads the tasks over the Availability Zones by default (§4.2)', () => {
    const d = webFleet('1.4.2', { lb: false, perAz: 2 }).service('web', 'web', 3, { launchType: 'EC2' });
    expect(new Set(d.live().map((t) => t.az)).size).toBe(3);
  });

  it('replaces a task that stops, and posts the steady state again afterwards (§5.1)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 2, { launchType: 'EC2' }).wait('2m');
    const victim = d.running()[0];
    d = d.send({ type: 'StopTask', task: victim?.id ?? '' });
    expect(d.live()).toHaveLength(2);
    expect(d.messages()[0]).toMatch(/^\(service web\) has started 1 tasks: \(task [0-9a-f]{32}\)\.$/);
    d = d.wait('2m');
    expect(d.messages()[0]).toBe('(service web) has reached a steady state.');
  });

  it('scales in with the scaling stop reason and the has-stopped event (§3.2, §5.2)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 3, { launchType: 'EC2' }).wait('2m');
    d = d.update('web', { desiredCount: 1 });
    const id = d.svc().deployments[0]?.id ?? '';
    expect(d.live()).toHaveLength(1);
    expect(d.messages()[0]).toMatch(
      /^\(service web\) has stopped 2 running tasks: \(task [0-9a-f]{32}\) \(task [0-9a-f]{32}\)\.$/,
    );
    const stopped = d.state.tasks.filter((t) => t.desiredStatus === 'STOPPED');
    for (const task of stopped)
      expect(task).toMatchObject({
        stopCode: 'ServiceSchedulerInitiated',
        stoppedReason: `Scaling activity initiated by (deployment ${id})`,
      });
  });

  it('rolls out a new revision starting new tasks first and keeping every old one until replacements are healthy (§5.3, 100/200)', () => {
    let d = webFleet('1.4.2', { perAz: 2 })
      .service('web', 'web', 3, { lb: 'web-tg', launchType: 'EC2' })
      .wait('3m');
    const old = d.svc().deployments[0]?.id;
    d = d.register(webApp('1.5.0')).update('web', { taskDefinition: 'web' });
    expect(d.svc().deployments.map((x) => x.status)).toEqual(['PRIMARY', 'ACTIVE']);
    expect(d.live()).toHaveLength(6);
    for (let second = 0; second < 600; second += 5) {
      d = d.wait('5s');
      expect(healthyCount(d)).toBeGreaterThanOrEqual(minimumHealthyTasks(3, d.svc().deploymentConfiguration));
      expect(d.live().length).toBeLessThanOrEqual(6);
    }
    expect(d.svc().deployments).toHaveLength(1);
    expect(d.svc().deployments[0]?.id).not.toBe(old);
    expect(d.live().every((t) => t.taskDefinitionArn.endsWith('web:2'))).toBe(true);
    expect(d.messages()[0]).toBe('(service web) has reached a steady state.');
  });

  it('stops old tasks first when minimumHealthyPercent leaves room and maximumPercent does not (50/100 of 4 → 2 at a time)', () => {
    let d = webFleet('1.4.2', { lb: false, perAz: 2 })
      .service('web', 'web', 4, {
        launchType: 'EC2',
        deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 100 },
      })
      .wait('2m');
    d = d.register(webApp('1.5.0')).update('web', { taskDefinition: 'web' });
    expect(d.state.tasks.filter((t) => t.desiredStatus === 'STOPPED')).toHaveLength(2);
    expect(d.live()).toHaveLength(4);
    d = d.wait('10m');
    expect(d.live().every((t) => t.taskDefinitionArn.endsWith('web:2'))).toBe(true);
  });

  it('cannot move with 100/100 and says so once (§5.3)', () => {
    let d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 2, {
        launchType: 'EC2',
        deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 },
      })
      .wait('2m');
    d = d.register(webApp('1.5.0')).update('web', { taskDefinition: 'web' }).wait('5m');
    const message =
      '(service web) was unable to stop or start tasks during a deployment because of the service deployment configuration. Update the minimumHealthyPercent or maximumPercent value and try again.';
    expect(d.messages().filter((m) => m === message)).toHaveLength(1);
    expect(d.live().every((t) => t.taskDefinitionArn.endsWith('web:1'))).toBe(true);
  });

  it('stops PENDING tasks on a DRAINING instance at once and replaces RUNNING ones before stopping them (§5.9)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 3, { launchType: 'EC2' }).wait('2m');
    const instance = d.state.containerInstances.find((ci) =>
      d.running().some((t) => t.containerInstanceId === ci.id),
    );
    const onIt = d.running().filter((t) => t.containerInstanceId === instance?.id);
    d = d.send({
      type: 'UpdateContainerInstancesState',
      containerInstances: [instance?.id ?? ''],
      status: 'DRAINING',
    });
    for (const task of onIt)
      expect(d.state.tasks.find((t) => t.id === task.id)?.desiredStatus).toBe('RUNNING');
    expect(d.live()).toHaveLength(3 + onIt.length);
    d = d.wait('3m');
    for (const task of onIt)
      expect(d.state.tasks.find((t) => t.id === task.id)).toMatchObject({
        desiredStatus: 'STOPPED',
        stoppedReason: 'Service web: container instance is in DRAINING state',
      });
    expect(d.running()).toHaveLength(3);
    expect(d.running().some((t) => t.containerInstanceId === instance?.id)).toBe(false);
  });

  it('cannot replace tasks on a DRAINING instance with 100/100 and says so (§5.9)', () => {
    let d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 3, {
        launchType: 'EC2',
        deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 100 },
      })
      .wait('2m');
    const instance = d.running()[0]?.containerInstanceId ?? '';
    d = d
      .send({ type: 'UpdateContainerInstancesState', containerInstances: [instance], status: 'DRAINING' })
      .wait('5m');
    expect(d.running().some((t) => t.containerInstanceId === instance)).toBe(true);
    expect(d.messages()[0]).toMatch(
      /^\(service web\) was unable to stop or start tasks during a deployment because of the service deployment configuration\./,
    );
  });

  it('posts "unable to place" once while nothing changes (§4.4)', () => {
    let d = svc().send({ type: 'CreateCluster', clusterName: 'default' }).register(webApp('1.4.2'));
    d = d.service('web', 'web', 2, { launchType: 'EC2' }).wait('5m');
    expect(d.messages()).toEqual([
      '(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.',
    ]);
  });

  it('keeps the 100 most recent events, newest first (§4.4)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, { launchType: 'EC2' }).wait('1m');
    for (let n = 0; n < 60; n += 1)
      d = d.send({ type: 'StopTask', task: d.running()[0]?.id ?? d.live()[0]?.id ?? '' }).wait('40s');
    expect(d.svc().events).toHaveLength(100);
    const times = d.svc().events.map((e) => e.createdAt);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('AZ loss (§5.9)', () => {
  it('replaces the tasks lost with an Availability Zone in the others and reaches a steady state', () => {
    let d = until(
      webFleet('1.4.2', { perAz: 2 }).service('web', 'web', 3, { lb: 'web-tg', launchType: 'EC2' }),
      (x) => x.messages()[0] === '(service web) has reached a steady state.',
    );
    const lost = d.live().filter((t) => t.az === 'us-east-1a');
    expect(lost.length).toBeGreaterThan(0);
    d = d.send({ type: 'FailAvailabilityZone', az: 'us-east-1a' });
    for (const task of lost) expect(d.state.tasks.find((t) => t.id === task.id)?.lastStatus).toBe('STOPPED');
    expect(d.live()).toHaveLength(3);
    expect(d.live().every((t) => t.az !== 'us-east-1a')).toBe(true);
    d = d.wait('5m');
    expect(d.running()).toHaveLength(3);
    expect(d.messages()[0]).toBe('(service web) has reached a steady state.');
  });
});
