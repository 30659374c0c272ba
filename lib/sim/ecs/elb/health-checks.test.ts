import { describe, expect, it } from 'vitest';
import { initEcsState } from '../init';
import { until, webFleet } from '../services/testing/service-driver';
import { EXECUTION_ROLE } from '../testing/fixtures';
import type { EcsState, Target, TargetGroup } from '../types';
import { nextTargetChangeAt } from './health-checks';


const GRACE = { healthCheckGracePeriodSeconds: 900 };

describe('advanceTargets', () => {
  it('registers a RUNNING task’s ENI address and container port, initial then healthy after 2 passes (§5.2)', () => {
    let d = until(
      webFleet('1.4.2').service('web', 'web', 1, { lb: 'web-tg', launchType: 'EC2' }),
      (x) => x.targets('web-tg').length > 0,
    );
    const task = d.running()[0];
    const target = d.targets('web-tg')[0];
    expect(target).toMatchObject({
      id: task?.eni?.privateIp,
      port: 8080,
      taskId: task?.id,
      state: 'initial',
      reason: 'Elb.RegistrationInProgress',
    });
    d = d.wait('10500ms');
    expect(d.targets('web-tg')[0]).toMatchObject({ state: 'initial', reason: 'Elb.InitialHealthChecking' });
    d = d.wait('10s');
    expect(d.targets('web-tg')[0]).toMatchObject({ state: 'healthy', reason: null, consecutiveOk: 2 });
  });

  it('marks an app answering 503 unhealthy with Target.ResponseCodeMismatch after 2 failures', () => {
    const d = webFleet('1.8.0')
      .service('web', 'web', 1, { lb: 'web-tg', launchType: 'EC2', ...GRACE })
      .wait('2m');
    expect(d.targets('web-tg')[0]).toMatchObject({
      state: 'unhealthy',
      reason: 'Target.ResponseCodeMismatch',
    });
  });

  it('fails with Target.FailedHealthChecks when nothing listens on the target port', () => {
    const wrongPort = {
      family: 'wrong',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['EC2', 'FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: EXECUTION_ROLE,
      containerDefinitions: [{ name: 'web', image: 'nginx:1.27', portMappings: [{ containerPort: 8080 }] }],
    };
    const d = webFleet('1.4.2')
      .register(wrongPort)
      .service('web', 'wrong', 1, { lb: 'web-tg', launchType: 'EC2', ...GRACE })
      .wait('2m');
    expect(d.targets('web-tg')[0]).toMatchObject({ state: 'unhealthy', reason: 'Target.FailedHealthChecks' });
  });

  it('drains a stopped task’s target for the deregistration delay, then removes it (§1.4, §5.9)', () => {
    let d = webFleet('1.4.2').service('web', 'web', 1, { lb: 'web-tg', launchType: 'EC2' }).wait('2m');
    const arn = d.group('web-tg').arn;
    d = d.send({ type: 'ModifyTargetGroupAttributes', targetGroupArn: arn, deregistrationDelaySeconds: 30 });
    const task = d.running()[0];
    // The agent acts on the stop within 1.5 s (figures.ts agentPickup): then the target drains.
    d = d.send({ type: 'StopTask', task: task?.id ?? '' }).wait('2s');
    expect(d.targets('web-tg').find((t) => t.taskId === task?.id)).toMatchObject({
      state: 'draining',
      reason: 'Target.DeregistrationInProgress',
    });
    expect(d.state.tasks.find((t) => t.id === task?.id)?.lastStatus).toBe('DEACTIVATING');
    d = d.wait('27s');
    expect(d.targets('web-tg').some((t) => t.taskId === task?.id)).toBe(true);
    d = d.wait('15s');
    expect(d.targets('web-tg').some((t) => t.taskId === task?.id)).toBe(false);
    expect(d.state.tasks.find((t) => t.id === task?.id)?.lastStatus).toBe('STOPPED');
  });
});

describe('nextTargetChangeAt', () => {
  const target = (over: Partial<Target>): Target => ({
    id: '172.31.8.4',
    port: 8080,
    az: 'us-east-1a',
    taskId: 't',
    state: 'healthy',
    reason: null,
    consecutiveOk: 2,
    consecutiveFailed: 0,
    registeredAt: 0,
    drainUntil: null,
    nextCheckAt: 5_000,
    ...over,
  });
  const withTargets = (now: number, targets: Target[]): EcsState => ({
    ...initEcsState(1),
    now,
    targetGroups: [{ targets } as unknown as TargetGroup],
  });

  it('is the earliest check or drain end after now, never at or before it', () => {
    expect(
      nextTargetChangeAt(
        withTargets(0, [target({}), target({ state: 'draining', drainUntil: 3_000, nextCheckAt: 1 })]),
      ),
    ).toBe(3_000);
    expect(nextTargetChangeAt(withTargets(5_000, [target({})]))).toBeNull();
    expect(nextTargetChangeAt(withTargets(0, []))).toBeNull();
  });
});
