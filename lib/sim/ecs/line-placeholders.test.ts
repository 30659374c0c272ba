import { describe, expect, it } from 'vitest';
import { ecs, withInstancesInEveryAz } from './testing/ecs-driver';
import { nginxBridge } from './testing/fixtures';
import { resolveEcsPlaceholders } from './line-placeholders';

describe('resolveEcsPlaceholders', () => {
  const driver = withInstancesInEveryAz(ecs(3), 1).register(nginxBridge).runTask('nginx', 3).wait('2m');
  const state = driver.session.state;

  it('names the first ACTIVE container instance of an Availability Zone', () => {
    const ci = state.containerInstances.find((c) => c.attributes['ecs.availability-zone'] === 'us-east-1b');
    expect(resolveEcsPlaceholders('chaos disconnect-agent {instance:us-east-1b}', state)).toBe(
      `chaos disconnect-agent ${ci?.ec2InstanceId}`,
    );
    expect(
      resolveEcsPlaceholders(
        'aws ecs describe-container-instances --container-instances {container-instance:us-east-1b}',
        state,
      ),
    ).toBe(`aws ecs describe-container-instances --container-instances ${ci?.id}`);
  });

  it('names a target group by its ARN', () => {
    const arn = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/0123456789abcdef';
    const group = { name: 'web-tg', arn } as (typeof state.targetGroups)[number];
    expect(resolveEcsPlaceholders('{target-group:web-tg}', { ...state, targetGroups: [group] })).toBe(arn);
  });

  it('names an Auto Scaling group by its ARN', () => {
    const arn = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:0f0e:autoScalingGroupName/ecs-m5';
    const group = { name: 'ecs-m5', arn } as (typeof state.autoScalingGroups)[number];
    expect(resolveEcsPlaceholders('{auto-scaling-group:ecs-m5}', { ...state, autoScalingGroups: [group] })).toBe(arn);
  });

  it('leaves a placeholder that matches nothing as written, and other braces alone', () => {
    expect(resolveEcsPlaceholders('aws ecs describe-tasks --tasks {task:nope}', state)).toBe(
      'aws ecs describe-tasks --tasks {task:nope}',
    );
    const json = `aws ecs register-task-definition --cli-input-json '{"family":"web"}'`;
    expect(resolveEcsPlaceholders(json, state)).toBe(json);
  });

  it('picks a service’s oldest RUNNING task and its latest stopped one', () => {
    let session = driver.session;
    const stateWithService = {
      ...session.state,
      tasks: session.state.tasks.map((task, index) => ({
        ...task,
        serviceName: 'web',
        startedAt: 1000 * (3 - index),
        ...(index === 0 ? { lastStatus: 'STOPPED' as const, stoppedAt: 5000 } : {}),
      })),
    };
    session = { ...session, state: stateWithService };
    const [stopped, newer, oldest] = stateWithService.tasks;
    expect(resolveEcsPlaceholders('{task:web}', session.state)).toBe(oldest?.id);
    expect(newer?.id).not.toBe(oldest?.id);
    expect(resolveEcsPlaceholders('{stopped-task:web}', session.state)).toBe(stopped?.id);
  });

  it('names a family’s standalone tasks when no service has that name', () => {
    const [first, second] = state.tasks;
    expect(first?.group).toBe('family:nginx');
    const stopped = {
      ...state,
      tasks: state.tasks.map((task) =>
        task.id === second?.id ? { ...task, lastStatus: 'STOPPED' as const, stoppedAt: 9000 } : task,
      ),
    };
    expect(resolveEcsPlaceholders('{task:nginx}', stopped)).not.toBe(second?.id);
    expect(resolveEcsPlaceholders('{task:nginx}', stopped)).toMatch(/^[0-9a-f]{32}$/);
    expect(resolveEcsPlaceholders('{stopped-task:nginx}', stopped)).toBe(second?.id);
    // A service's tasks come first: its name is not read as a family.
    const asService = {
      ...stopped,
      tasks: stopped.tasks.map((task) => (task.id === first?.id ? { ...task, serviceName: 'nginx' } : task)),
    };
    expect(resolveEcsPlaceholders('{task:nginx}', asService)).toBe(first?.id);
    expect(resolveEcsPlaceholders('{stopped-task:nginx}', asService)).toBe('{stopped-task:nginx}');
  });
});
