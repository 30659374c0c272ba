import { describe, expect, it } from 'vitest';
import type { TaskDefinition } from '../types';
import type { NewTaskDefinition } from './build-definition';
import { taskSize } from '../tasks/size';
import { requiresAttributes } from './requires-attributes';
import {
  accepted,
  ec2Request,
  EXECUTION_ROLE,
  fargateRequest,
  PRIVATE_IMAGE,
  withContainers,
} from './taskdef-fixtures';
import { taskDefinitionJson } from './task-definition-json';

const at = (ms: number) => `T+${ms}`;

function registered(def: NewTaskDefinition, revision = 1): TaskDefinition {
  return {
    ...def,
    revision,
    arn: `arn:aws:ecs:us-east-1:123456789012:task-definition/${def.family}:${revision}`,
    status: 'ACTIVE',
    registeredAt: 1_000,
    deregisteredAt: null,
  };
}

const AWSLOGS = {
  logConfiguration: {
    logDriver: 'awslogs',
    options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' },
  },
};

describe('taskDefinitionJson', () => {
  it('prints a bridge definition the way describe-task-definition does, keys in AWS order', () => {
    const def = registered(
      accepted(ec2Request({}, { portMappings: [{ containerPort: 80, hostPort: 8000 }] })),
      4,
    );
    expect(taskDefinitionJson(def, at)).toEqual({
      taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:4',
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx',
          cpu: 0,
          memory: 256,
          portMappings: [{ containerPort: 80, hostPort: 8000, protocol: 'tcp' }],
          essential: true,
          environment: [],
          mountPoints: [],
          volumesFrom: [],
        },
      ],
      family: 'web',
      networkMode: 'bridge',
      revision: 4,
      volumes: [],
      status: 'ACTIVE',
      placementConstraints: [],
      compatibilities: ['EXTERNAL', 'EC2'],
      registeredAt: 'T+1000',
      registeredBy: 'arn:aws:iam::123456789012:root',
      enableFaultInjection: false,
    });
    expect(Object.keys(taskDefinitionJson(def, at))).toEqual([
      'taskDefinitionArn',
      'containerDefinitions',
      'family',
      'networkMode',
      'revision',
      'volumes',
      'status',
      'placementConstraints',
      'compatibilities',
      'registeredAt',
      'registeredBy',
      'enableFaultInjection',
    ]);
  });

  it('prints a Fargate definition with roles, attributes, cpu/memory strings and the awsvpc host port filled', () => {
    const def = registered(
      accepted(
        fargateRequest(
          {
            executionRoleArn: EXECUTION_ROLE,
            runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
          },
          { image: PRIVATE_IMAGE, ...AWSLOGS },
        ),
      ),
    );
    const json = taskDefinitionJson(def, at);
    expect(Object.keys(json)).toEqual([
      'taskDefinitionArn',
      'containerDefinitions',
      'family',
      'executionRoleArn',
      'networkMode',
      'revision',
      'volumes',
      'status',
      'requiresAttributes',
      'placementConstraints',
      'compatibilities',
      'requiresCompatibilities',
      'cpu',
      'memory',
      'runtimePlatform',
      'registeredAt',
      'registeredBy',
      'enableFaultInjection',
    ]);
    expect(json).toMatchObject({
      cpu: '256',
      memory: '512',
      compatibilities: ['EC2', 'FARGATE'],
      requiresCompatibilities: ['FARGATE'],
    });
    expect((json['containerDefinitions'] as { portMappings: unknown }[])[0]?.portMappings).toEqual([
      { containerPort: 80, hostPort: 80, protocol: 'tcp' },
    ]);
    // The exact list a real awslogs + ECR + execution-role Fargate definition shows.
    expect(json['requiresAttributes']).toEqual(
      [
        'com.amazonaws.ecs.capability.logging-driver.awslogs',
        'ecs.capability.execution-role-awslogs',
        'com.amazonaws.ecs.capability.ecr-auth',
        'com.amazonaws.ecs.capability.docker-remote-api.1.19',
        'ecs.capability.execution-role-ecr-pull',
        'com.amazonaws.ecs.capability.docker-remote-api.1.18',
        'ecs.capability.task-eni',
        'com.amazonaws.ecs.capability.docker-remote-api.1.29',
      ].map((name) => ({ name })),
    );
  });

  it('adds deregisteredAt for an INACTIVE revision and the optional container fields when set', () => {
    const def = registered(
      accepted(
        ec2Request(
          {},
          {
            memoryReservation: 128,
            command: ['nginx', '-g', 'daemon off;'],
            environment: [{ name: 'STAGE', value: 'prod' }],
            healthCheck: { command: ['CMD', 'true'], startPeriod: 10 },
            stopTimeout: 20,
          },
        ),
      ),
    );
    const json = taskDefinitionJson({ ...def, status: 'INACTIVE', deregisteredAt: 2_000 }, at);
    expect(json).toMatchObject({ status: 'INACTIVE', deregisteredAt: 'T+2000' });
    expect(Object.keys(json).slice(-4)).toEqual([
      'registeredAt',
      'deregisteredAt',
      'registeredBy',
      'enableFaultInjection',
    ]);
    expect((json['containerDefinitions'] as unknown[])[0]).toEqual({
      name: 'web',
      image: 'nginx',
      cpu: 0,
      memory: 256,
      memoryReservation: 128,
      portMappings: [],
      essential: true,
      command: ['nginx', '-g', 'daemon off;'],
      environment: [{ name: 'STAGE', value: 'prod' }],
      mountPoints: [],
      volumesFrom: [],
      stopTimeout: 20,
      healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3, startPeriod: 10 },
    });
  });
});

describe('requiresAttributes', () => {
  it('asks for the task role, health check and ordering capabilities when those are used', () => {
    const def = accepted(
      withContainers({ family: 'web', taskRoleArn: 'arn:aws:iam::123456789012:role/photoApiTaskRole' }, [
        { name: 'app', dependsOn: [{ containerName: 'init', condition: 'HEALTHY' }] },
        { name: 'init', essential: false, healthCheck: { command: ['CMD', 'true'] } },
      ]),
    );
    expect(requiresAttributes(def)).toEqual([
      'com.amazonaws.ecs.capability.docker-remote-api.1.24',
      'com.amazonaws.ecs.capability.task-iam-role',
      'ecs.capability.container-health-check',
      'ecs.capability.container-ordering',
    ]);
  });

  it('asks for nothing for a plain bridge nginx', () => {
    expect(requiresAttributes(accepted(ec2Request()))).toEqual([]);
  });
});

describe('taskSize', () => {
  it('uses task-level cpu and memory when set (§2.2)', () => {
    expect(taskSize(accepted(fargateRequest()))).toEqual({ cpu: 256, memory: 512 });
  });

  it('otherwise sums container cpu and, per container, memoryReservation if set else memory (§2.2)', () => {
    const def = accepted(
      withContainers({ family: 'web' }, [
        { name: 'a', cpu: 256, memory: 512, memoryReservation: 128 },
        { name: 'b', cpu: 128, memory: 300 },
      ]),
    );
    expect(taskSize(def)).toEqual({ cpu: 384, memory: 428 });
  });
});
