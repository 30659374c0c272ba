import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { ecsCli } from '@/lib/cli/ecs/ecs-cli';
import { ecs, withInstancesInEveryAz, type EcsDriver } from '@/lib/sim/ecs/testing/ecs-driver';
import { nginxBridge } from '@/lib/sim/ecs/testing/fixtures';
import type { EcsInspectTarget } from './inspect-target';
import { inspectOutput } from './inspect-output';

/** What the console prints for the inspector's command, in the same state. */
function consolePrints(driver: EcsDriver, command: string): string {
  return runConsoleLine(driver.session, command, ecsCli).output;
}

function expectSameAsConsole(driver: EcsDriver, target: EcsInspectTarget, command: string) {
  const shown = inspectOutput(driver.state, target);
  expect(shown?.command).toBe(command);
  expect(shown?.output).toBe(consolePrints(driver, command));
  // The console printed JSON, not an error.
  expect(shown?.output.startsWith('{')).toBe(true);
}

const cluster = () =>
  withInstancesInEveryAz(ecs(4).cluster('default'), 1).register(nginxBridge).runTask('nginx', 2).wait('1m');

describe('inspectOutput', () => {
  it('shows a task as aws ecs describe-tasks prints it', () => {
    const driver = cluster();
    const task = driver.tasks()[0];
    if (task === undefined) throw new Error('no task');
    expectSameAsConsole(
      driver,
      { kind: 'task', id: task.id },
      `aws ecs describe-tasks --cluster default --tasks ${task.id}`,
    );
  });

  it('shows a container instance as aws ecs describe-container-instances prints it', () => {
    const driver = cluster();
    const ci = driver.state.containerInstances[0];
    if (ci === undefined) throw new Error('no container instance');
    expectSameAsConsole(
      driver,
      { kind: 'container-instance', id: ci.id },
      `aws ecs describe-container-instances --cluster default --container-instances ${ci.id}`,
    );
  });

  it('shows an EC2 instance as aws ec2 describe-instances prints it', () => {
    const driver = cluster();
    const instance = driver.state.instances[1];
    if (instance === undefined) throw new Error('no instance');
    expectSameAsConsole(
      driver,
      { kind: 'ec2-instance', id: instance.id },
      `aws ec2 describe-instances --instance-ids ${instance.id}`,
    );
  });

  it('shows a cluster as aws ecs describe-clusters prints it', () => {
    expectSameAsConsole(
      cluster(),
      { kind: 'cluster', name: 'default' },
      'aws ecs describe-clusters --clusters default',
    );
  });

  it('shows a task definition as aws ecs describe-task-definition prints it', () => {
    const driver = cluster();
    const definition = driver.state.taskDefinitions[0];
    if (definition === undefined) throw new Error('no task definition');
    expectSameAsConsole(
      driver,
      { kind: 'task-definition', arn: definition.arn },
      'aws ecs describe-task-definition --task-definition nginx:1',
    );
  });

  it('shows a service as aws ecs describe-services prints it', () => {
    const driver = cluster().send({
      type: 'CreateService',
      cluster: 'default',
      serviceName: 'web',
      taskDefinition: 'nginx',
      desiredCount: 2,
    } as never);
    expect(driver.lastError).toBeUndefined();
    expectSameAsConsole(
      driver.wait('30s'),
      { kind: 'service', cluster: 'default', name: 'web' },
      'aws ecs describe-services --cluster default --services web',
    );
  });

  it('shows a target group as aws elbv2 describe-target-health prints it', () => {
    const created = runConsoleLine(
      cluster().session,
      'aws elbv2 create-target-group --name web --protocol HTTP --port 80 --vpc-id vpc-0d6f2a1c9e4b73f05 --target-type ip',
      ecsCli,
    ).session;
    const group = created.state.targetGroups[0];
    if (group === undefined) throw new Error('no target group');
    const command = `aws elbv2 describe-target-health --target-group-arn ${group.arn}`;
    const shown = inspectOutput(created.state, { kind: 'target-group', arn: group.arn });
    expect(shown).toEqual({ command, output: runConsoleLine(created, command, ecsCli).output });
    expect(shown?.output).toContain('TargetHealthDescriptions');
  });

  it('is null once the object is gone', () => {
    const state = cluster().state;
    expect(inspectOutput(state, { kind: 'task', id: 'f'.repeat(32) })).toBeNull();
    expect(inspectOutput(state, { kind: 'ec2-instance', id: 'i-0000000000000000' })).toBeNull();
    expect(inspectOutput(state, { kind: 'service', cluster: 'default', name: 'missing' })).toBeNull();
    expect(inspectOutput(state, { kind: 'cluster', name: 'missing' })).toBeNull();
    expect(inspectOutput(state, { kind: 'target-group', arn: 'arn:missing' })).toBeNull();
  });
});
