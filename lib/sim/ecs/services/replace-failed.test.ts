import { describe, expect, it } from 'vitest';
import { webApp } from '../testing/fixtures';
import { svc, until, webFleet } from './testing/service-driver';


const healthCheck = {
  command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
  interval: 10,
  timeout: 5,
  retries: 2,
};

describe('replaceFailedTasks', () => {
  it('replaces a task its container health checks made UNHEALTHY (§2.2)', () => {
    let d = svc()
      .instances(1)
      .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
      .register(webApp('1.8.0', { healthCheck }));
    d = until(d.service('web', 'web', 1, { launchType: 'EC2' }), (x) =>
      x.state.tasks.some((t) => t.stoppedReason === 'Task failed container health checks'),
    );
    const failed = d.state.tasks.find((t) => t.stoppedReason === 'Task failed container health checks');
    expect(failed).toMatchObject({ stopCode: 'ServiceSchedulerInitiated', healthStatus: 'UNHEALTHY' });
    const messages = d.messages();
    expect(messages).toContain(`(service web) (task ${failed?.id}) failed container health checks.`);
    expect(messages.indexOf(`(service web) has stopped 1 running tasks: (task ${failed?.id}).`)).toBeLessThan(
      messages.indexOf(`(service web) (task ${failed?.id}) failed container health checks.`),
    );
    expect(d.live()).toHaveLength(1);
  });

  it('replaces a task whose target turned unhealthy, naming the target group (§3.2, §5.2)', () => {
    const d = until(webFleet('1.8.0').service('web', 'web', 1, { lb: 'web-tg', launchType: 'EC2' }), (x) =>
      x.messages().some((m) => m.includes('has stopped 1 running tasks')),
    );
    const arn = d.group('web-tg').arn;
    const failed = d.state.tasks.find((t) => t.desiredStatus === 'STOPPED');
    expect(failed?.stoppedReason).toBe(`Task failed ELB health checks in (target-group ${arn})`);
    expect(d.messages()).toContain(
      `(service web) (task ${failed?.id}) (port 8080) is unhealthy in (target-group ${arn}) due to (reason Health checks failed with these codes: [503]).`,
    );
  });

  it('ignores failed health checks during the grace period, then replaces the task (healthCheckGracePeriodSeconds)', () => {
    let d = until(
      webFleet('1.8.0').service('web', 'web', 1, {
        lb: 'web-tg',
        launchType: 'EC2',
        healthCheckGracePeriodSeconds: 120,
      }),
      (x) => x.targets('web-tg').some((t) => t.state === 'unhealthy'),
    );
    const task = d.running()[0];
    const graceEnd = (task?.startedAt ?? 0) + 120_000;
    d = d.wait(graceEnd - d.state.now - 1);
    expect(d.state.tasks.find((t) => t.id === task?.id)?.desiredStatus).toBe('RUNNING');
    d = d.wait(1);
    expect(d.state.tasks.find((t) => t.id === task?.id)?.desiredStatus).toBe('STOPPED');
  });
});
