import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import type { EcsState, Service, Task } from '../../../sim/ecs/types';
import { serviceJson } from './service-json';

const SERVICE: Service = {
  name: 'web',
  arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/web',
  cluster: 'default',
  status: 'ACTIVE',
  schedulingStrategy: 'REPLICA',
  launchType: 'FARGATE',
  capacityProviderStrategy: [],
  desiredCount: 2,
  taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
  deployments: [
    {
      id: 'ecs-svc/1234567890123456789',
      status: 'PRIMARY',
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1',
      desiredCount: 2,
      createdAt: 0,
      updatedAt: 1_500,
      failedTasks: 0,
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: 'ECS deployment ecs-svc/1234567890123456789 in progress.',
      reachedRunning: false,
    },
  ],
  deploymentConfiguration: {
    minimumHealthyPercent: 100,
    maximumPercent: 200,
    circuitBreaker: { enable: false, rollback: false },
  },
  placementStrategy: [],
  placementConstraints: [],
  networkConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-1'], assignPublicIp: 'ENABLED' },
  loadBalancers: [],
  healthCheckGracePeriodSeconds: 0,
  events: [{ id: 'e1', createdAt: 2_000, message: '(service web) has started 2 tasks: (task a) (task b).' }],
  createdAt: 0,
  loadRps: 0,
  cpuUtilization: [],
  retryAt: 0,
  startFailures: 0,
  lastPlacementProblem: null,
};

const task = (id: string, lastStatus: Task['lastStatus']) =>
  ({
    id,
    cluster: 'default',
    serviceName: 'web',
    deploymentId: 'ecs-svc/1234567890123456789',
    desiredStatus: 'RUNNING',
    lastStatus,
  }) as Task;

describe('serviceJson', () => {
  it('counts running and pending tasks for the service and its deployment (§5.1)', () => {
    const state: EcsState = {
      ...initEcsState(1),
      services: [SERVICE],
      tasks: [task('a', 'RUNNING'), task('b', 'PENDING')],
    };
    const json = serviceJson(SERVICE, state);
    expect(json).toMatchObject({ desiredCount: 2, runningCount: 1, pendingCount: 1 });
    expect(json['deployments']).toMatchObject([
      { runningCount: 1, pendingCount: 1, rolloutState: 'IN_PROGRESS' },
    ]);
  });

  it('keeps the key order of the CLI example (aws-cli ecs/create-service.rst)', () => {
    const keys = Object.keys(serviceJson(SERVICE, { ...initEcsState(1), services: [SERVICE] }));
    expect(keys.slice(0, 12)).toEqual([
      'serviceArn',
      'serviceName',
      'clusterArn',
      'loadBalancers',
      'serviceRegistries',
      'status',
      'desiredCount',
      'runningCount',
      'pendingCount',
      'launchType',
      'platformVersion',
      'platformFamily',
    ]);
    expect(keys).toContain('networkConfiguration');
  });

  it('prints the events newest first as the state keeps them, with ISO timestamps', () => {
    expect(serviceJson(SERVICE, initEcsState(1))['events']).toEqual([
      {
        id: 'e1',
        createdAt: '2025-01-06T09:00:02+00:00',
        message: '(service web) has started 2 tasks: (task a) (task b).',
      },
    ]);
  });

  it("renders CreateService's answer as created: counts 0 and no events, whatever the state holds (§5.1)", () => {
    const state: EcsState = {
      ...initEcsState(1),
      services: [SERVICE],
      tasks: [task('a', 'RUNNING'), task('b', 'PENDING')],
    };
    const created = serviceJson(
      { ...SERVICE, deployments: SERVICE.deployments.map((d) => ({ ...d, failedTasks: 1 })) },
      state,
      { asCreated: true },
    );
    expect(created).toMatchObject({ desiredCount: 2, runningCount: 0, pendingCount: 0, events: [] });
    expect(created['deployments']).toMatchObject([
      { desiredCount: 2, runningCount: 0, pendingCount: 0, failedTasks: 0 },
    ]);
    expect(Object.keys(created)).toEqual(Object.keys(serviceJson(SERVICE, state)));
  });

  it('orders deployment counts desired, pending, running, failed (aws-cli ecs/update-service.rst)', () => {
    const json = serviceJson(SERVICE, { ...initEcsState(1), services: [SERVICE] });
    const deployment = (json['deployments'] as Record<string, unknown>[])[0] ?? {};
    const keys = Object.keys(deployment);
    const at = keys.indexOf('desiredCount');
    expect(keys.slice(at, at + 4)).toEqual(['desiredCount', 'pendingCount', 'runningCount', 'failedTasks']);
    const top = Object.keys(json);
    expect(top.indexOf('runningCount')).toBe(top.indexOf('desiredCount') + 1);
    expect(top.indexOf('pendingCount')).toBe(top.indexOf('desiredCount') + 2);
  });

  it('ends deploymentConfiguration with the empty alarms block (aws-cli ecs/update-service.rst)', () => {
    const config = serviceJson(SERVICE, initEcsState(1))['deploymentConfiguration'];
    expect(Object.keys(config as object)).toEqual([
      'deploymentCircuitBreaker',
      'maximumPercent',
      'minimumHealthyPercent',
      'alarms',
    ]);
    expect((config as Record<string, unknown>)['alarms']).toEqual({
      alarmNames: [],
      rollback: false,
      enable: false,
    });
  });
});
