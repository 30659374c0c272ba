import { describe, expect, it } from 'vitest';
import { ECR_REGISTRY } from '../catalog';
import { webApp } from '../testing/fixtures';
import { CIRCUIT_BREAKER_FAILED, rollbackReason } from './circuit-breaker';
import { until, webFleet, type ServiceDriver } from './testing/service-driver';


const BREAKER = { deploymentConfiguration: { circuitBreaker: { enable: true, rollback: true } } };

function deployBad(tag: string, rollback: boolean, extra: Record<string, unknown> = {}): ServiceDriver {
  return webFleet('1.4.2', { perAz: 2 })
    .service('web', 'web', 2, {
      lb: 'web-tg',
      launchType: 'EC2',
      deploymentConfiguration: { circuitBreaker: { enable: true, rollback } },
    })
    .wait('3m')
    .register(webApp(tag, extra))
    .update('web', { taskDefinition: 'web' });
}

describe('evaluateCircuitBreaker', () => {
  it('fails a deployment whose tasks fail ELB health checks and rolls back to the last COMPLETED one (§5.4)', () => {
    let d = webFleet('1.4.2', { perAz: 2 })
      .service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2', ...BREAKER })
      .wait('3m');
    const good = d.svc().deployments[0]?.id ?? '';
    d = d.register(webApp('1.8.0')).update('web', { taskDefinition: 'web' });
    const bad = d.svc().deployments[0]?.id ?? '';
    d = d.wait('10m');
    const messages = d.messages();
    expect(messages).toContain(`(service web) (deployment ${bad}) deployment failed: tasks failed to start.`);
    expect(messages).toContain(`(service web) rolling back to deployment ${good}.`);
    expect(messages.indexOf(`(service web) rolling back to deployment ${good}.`)).toBeLessThan(
      messages.indexOf(`(service web) (deployment ${bad}) deployment failed: tasks failed to start.`),
    );
    expect(messages.filter((m) => m.includes('is unhealthy in (target-group')).length).toBeGreaterThanOrEqual(
      3,
    );
    const stoppedBad = d.state.tasks.filter(
      (t) => t.deploymentId === bad && t.stoppedReason?.startsWith('Task failed ELB health checks'),
    );
    expect(stoppedBad[0]?.stoppedReason).toBe(
      `Task failed ELB health checks in (target-group ${d.group('web-tg').arn})`,
    );
    d = d.wait('15m');
    expect(d.svc().deployments).toHaveLength(1);
    expect(d.svc().deployments[0]).toMatchObject({
      rolloutState: 'COMPLETED',
      taskDefinitionArn: expect.stringMatching(/web:1$/),
    });
    expect(d.svc().taskDefinitionArn).toMatch(/web:1$/);
    expect(d.running().every((t) => t.taskDefinitionArn.endsWith('web:1'))).toBe(true);
    expect(d.messages()[0]).toBe('(service web) has reached a steady state.');
  });

  it('sets rolloutState FAILED with ECS’s reason and names the rollback in the new deployment’s reason', () => {
    const d = until(deployBad('1.8.0', true), (x) =>
      x.svc().deployments.some((dep) => dep.rolloutState === 'FAILED'),
    );
    const deployments = d.svc().deployments;
    const failed = deployments.find((x) => x.rolloutState === 'FAILED');
    expect(failed).toMatchObject({
      status: 'ACTIVE',
      rolloutStateReason: CIRCUIT_BREAKER_FAILED,
      failedTasks: 3,
    });
    const completedId =
      d
        .messages()
        .find((m) => m.includes('rolling back'))
        ?.match(/ecs-svc\/\d+/)?.[0] ?? '';
    expect(deployments[0]?.rolloutStateReason).toBe(rollbackReason(completedId));
  });

  it('without rollback, fails the deployment and stops launching its tasks', () => {
    let d = deployBad('1.8.0', false).wait('10m');
    const primary = d.svc().deployments[0];
    expect(primary).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'FAILED',
      rolloutStateReason: CIRCUIT_BREAKER_FAILED,
    });
    const started = d.state.tasks.filter((t) => t.deploymentId === primary?.id).length;
    d = d.wait('20m');
    expect(d.state.tasks.filter((t) => t.deploymentId === primary?.id).length).toBe(started);
    expect(d.running().filter((t) => t.taskDefinitionArn.endsWith('web:1'))).toHaveLength(2);
  });

  it('counts tasks that never reach RUNNING in stage 1 (a missing image)', () => {
    const missing = `${ECR_REGISTRY}/web:9.9.9`;
    const d = until(
      deployBad('1.4.2', true, { image: missing }),
      (x) => x.svc().deployments.some((dep) => dep.rolloutState === 'FAILED'),
      '5s',
    );
    const failed = d.svc().deployments.find((x) => x.rolloutState === 'FAILED');
    expect(failed?.reachedRunning).toBe(false);
    expect(failed?.failedTasks).toBeGreaterThanOrEqual(3);
    expect(
      d.state.tasks.some((t) => t.deploymentId === failed?.id && t.stopCode === 'TaskFailedToStart'),
    ).toBe(true);
  });

  it('does nothing when disabled: the service keeps replacing failed tasks', () => {
    const d = webFleet('1.4.2', { perAz: 2 })
      .service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2' })
      .wait('3m')
      .register(webApp('1.8.0'))
      .update('web', { taskDefinition: 'web' })
      .wait('15m');
    expect(d.svc().deployments[0]?.rolloutState).toBe('IN_PROGRESS');
    expect(d.svc().deployments[0]?.failedTasks).toBeGreaterThanOrEqual(3);
  });
});
