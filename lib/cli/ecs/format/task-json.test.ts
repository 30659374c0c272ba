import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import type { EcsState, Task, TaskDefinition } from '../../../sim/ecs/types';
import { runtimeIdOf, taskJson } from './task-json';

const DEF: TaskDefinition = {
  family: 'sleep360',
  revision: 1,
  arn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/sleep360:1',
  status: 'ACTIVE',
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  compatibilities: ['EC2'],
  cpu: null,
  memory: null,
  executionRoleArn: null,
  taskRoleArn: null,
  runtimePlatform: null,
  placementConstraints: [],
  containerDefinitions: [
    {
      name: 'sleep',
      image: 'busybox',
      cpu: 10,
      memory: 10,
      memoryReservation: null,
      essential: true,
      portMappings: [],
      environment: [],
      secrets: [],
      command: null,
      entryPoint: null,
      dependsOn: [],
      healthCheck: null,
      logConfiguration: null,
      stopTimeout: null,
    },
  ],
  registeredAt: 0,
  deregisteredAt: null,
};

const ID = 'd6f51cc5bbc94a47969c92035e9f66f8';

const EC2_TASK: Task = {
  id: ID,
  arn: `arn:aws:ecs:us-east-1:123456789012:task/default/${ID}`,
  cluster: 'default',
  taskDefinitionArn: DEF.arn,
  launchType: 'EC2',
  capacityProvider: null,
  containerInstanceId: null,
  ec2InstanceId: null,
  az: 'us-east-1a',
  eni: null,
  lastStatus: 'PENDING',
  desiredStatus: 'RUNNING',
  healthStatus: 'UNKNOWN',
  group: 'family:sleep360',
  startedBy: null,
  serviceName: null,
  deploymentId: null,
  cpu: 10,
  memory: 10,
  containers: [
    {
      name: 'sleep',
      image: 'busybox',
      essential: true,
      lastStatus: 'PENDING',
      exitCode: null,
      reason: null,
      health: 'UNKNOWN',
      hostPorts: [],
      memoryUsedMiB: 1,
      startedAt: null,
      plan: { startAt: null, exit: null, health: null },
    },
  ],
  reserved: { cpu: 10, memory: 10, ports: [], enis: 0 },
  createdAt: 0,
  pullStartedAt: 100,
  pullStoppedAt: null,
  startedAt: null,
  stoppingAt: null,
  stoppedAt: null,
  stopCode: null,
  stoppedReason: null,
  nextAt: null,
  containerChangeAt: null,
  startFailure: null,
};

const FARGATE_TASK: Task = {
  ...EC2_TASK,
  launchType: 'FARGATE',
  eni: { id: 'eni-0abc', privateIp: '172.31.5.9', subnetId: 'subnet-0a1b2c3d4e5f60718' },
  lastStatus: 'PROVISIONING',
  pullStartedAt: null,
};

const running = (task: Task): Task => ({
  ...task,
  lastStatus: 'RUNNING',
  pullStartedAt: 100,
  pullStoppedAt: 200,
  startedAt: 300,
  containers: task.containers.map((c) => ({ ...c, lastStatus: 'RUNNING', startedAt: 300 })),
});

function json(task: Task): Record<string, unknown> {
  const state: EcsState = { ...initEcsState(1), now: 10_000, taskDefinitions: [DEF], tasks: [task] };
  return taskJson(task, state);
}

function container(task: Task): Record<string, unknown> {
  return (json(task)['containers'] as Record<string, unknown>[])[0] ?? {};
}

describe('taskJson', () => {
  it('counts only the statuses a task passed through in version (aws-cli ecs/run-task.rst, describe-tasks.rst)', () => {
    expect(json(EC2_TASK)['version']).toBe(1);
    expect(json(running(EC2_TASK))['version']).toBe(2);
    expect(json(FARGATE_TASK)['version']).toBe(1);
    expect(json({ ...FARGATE_TASK, lastStatus: 'PENDING', pullStartedAt: 100 })['version']).toBe(2);
    expect(json(running(FARGATE_TASK))['version']).toBe(3);
  });

  it('never lowers version as a task moves on to STOPPED', () => {
    const path: Task[] = [
      FARGATE_TASK,
      { ...FARGATE_TASK, lastStatus: 'PENDING', pullStartedAt: 100 },
      { ...FARGATE_TASK, lastStatus: 'ACTIVATING', pullStartedAt: 100 },
      running(FARGATE_TASK),
      { ...running(FARGATE_TASK), lastStatus: 'STOPPING', desiredStatus: 'STOPPED' },
      { ...running(FARGATE_TASK), lastStatus: 'DEPROVISIONING', desiredStatus: 'STOPPED' },
      { ...running(FARGATE_TASK), lastStatus: 'STOPPED', desiredStatus: 'STOPPED' },
    ];
    const versions = path.map((task) => json(task)['version'] as number);
    expect(versions).toEqual([1, 2, 2, 3, 4, 5, 6]);
  });

  it('fills task cpu and memory strings from the containers when the definition sets none (aws-cli ecs/run-task.rst)', () => {
    expect(json(EC2_TASK)).toMatchObject({ cpu: '10', memory: '10' });
    expect(container(EC2_TASK)).toMatchObject({ cpu: '10', memory: '10' });
  });

  it('gives EC2 containers a 64-hex Docker id and Fargate ones <taskId>-<number>', () => {
    expect(container(running(EC2_TASK))['runtimeId']).toMatch(/^[0-9a-f]{64}$/);
    expect(container(running(FARGATE_TASK))['runtimeId']).toMatch(new RegExp(`^${ID}-\\d+$`));
    expect(runtimeIdOf(EC2_TASK, 0)).toBe(runtimeIdOf(EC2_TASK, 0));
    expect(runtimeIdOf(EC2_TASK, 0)).not.toBe(runtimeIdOf(EC2_TASK, 1));
  });

  it('shows a precreated ENI with its subnet only and no container interfaces until attached', () => {
    const provisioning = json(FARGATE_TASK);
    expect(provisioning['attachments']).toMatchObject([
      { status: 'PRECREATED', details: [{ name: 'subnetId', value: 'subnet-0a1b2c3d4e5f60718' }] },
    ]);
    expect(((provisioning['attachments'] as { details: unknown[] }[])[0]?.details ?? []).length).toBe(1);
    expect(container(FARGATE_TASK)['networkInterfaces']).toEqual([]);
    const pending: Task = { ...FARGATE_TASK, lastStatus: 'PENDING', pullStartedAt: 100 };
    expect(container(pending)['networkInterfaces']).toEqual([
      { attachmentId: expect.any(String) as unknown, privateIpv4Address: '172.31.5.9' },
    ]);
    expect(json(pending)['attachments']).toMatchObject([{ status: 'ATTACHED' }]);
  });

  it('adds fargateEphemeralStorage right after ephemeralStorage on Fargate only', () => {
    const keys = Object.keys(json(running(FARGATE_TASK)));
    expect(keys.slice(-2)).toEqual(['ephemeralStorage', 'fargateEphemeralStorage']);
    expect(json(running(FARGATE_TASK))['fargateEphemeralStorage']).toEqual({ sizeInGiB: 20 });
    expect(Object.keys(json(running(EC2_TASK)))).not.toContain('fargateEphemeralStorage');
  });

  it('leaves out connectivity, health and network bindings before the task runs (aws-cli ecs/run-task.rst)', () => {
    for (const early of [EC2_TASK, FARGATE_TASK]) {
      const keys = Object.keys(json(early));
      for (const key of ['connectivity', 'connectivityAt', 'healthStatus']) expect(keys).not.toContain(key);
      const containerKeys = Object.keys(container(early));
      expect(containerKeys).not.toContain('networkBindings');
      expect(containerKeys).not.toContain('healthStatus');
    }
    expect(json(running(EC2_TASK))).toMatchObject({ connectivity: 'CONNECTED', healthStatus: 'UNKNOWN' });
    expect(container(running(EC2_TASK))).toMatchObject({ networkBindings: [], healthStatus: 'UNKNOWN' });
  });
});
