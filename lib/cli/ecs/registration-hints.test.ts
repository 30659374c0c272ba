import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../sim/ecs/init';
import * as m from '../../sim/ecs/taskdef/messages';
import { ecsConsole } from './ecs-console-driver';
import { fargateSizesHint, registrationHint } from './registration-hints';

const state = initEcsState(1);
const hint = (message: string, input: Record<string, unknown> = {}) =>
  registrationHint({ code: 'ClientException', message }, input, state);
const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

describe('fargateSizesHint', () => {
  it('lists all seven rows of the Fargate size table (reference §2.3)', () => {
    const text = fargateSizesHint();
    for (const row of [
      '256 CPU units take 512, 1024 or 2048 MiB',
      '512 take 1–4 GB',
      '1024 take 2–8 GB',
      '2048 take 4–16 GB',
      '4096 take 8–30 GB;',
      '8192 take 16–60 GB in 4 GB steps',
      '16384 take 32–120 GB in 8 GB steps',
    ])
      expect(text).toContain(row);
  });
});

describe('registrationHint', () => {
  it('tells a Windows task on Fargate it runs 1, 2 or 4 vCPU, listing only those sizes', () => {
    const text = hint(m.INVALID_TASK_CPU, {
      requiresCompatibilities: ['FARGATE'],
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
    });
    expect(text).toMatch(/^Windows tasks on Fargate run 1, 2 or 4 vCPU \(8 and 16 are Linux only\); from 1024: 1024 take 2–8 GB/);
    expect(text).toMatch(/4096 take 8–30 GB\.$/);
    expect(text).not.toContain('512 take');
    expect(text).not.toContain('8192 take');
  });

  it('names the execution role for ECR images, awslogs and secrets (reference §2.4)', () => {
    for (const message of [
      m.FARGATE_ECR_NEEDS_EXECUTION_ROLE,
      m.FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE,
      m.SECRETS_NEED_EXECUTION_ROLE,
    ])
      expect(hint(message)).toContain(`--execution-role-arn ${ROLE} ("executionRoleArn" in the JSON)`);
    expect(hint(m.FARGATE_ECR_NEEDS_EXECUTION_ROLE)).toMatch(/pulls ECR images/);
    expect(hint(m.FARGATE_AWSLOGS_NEEDS_EXECUTION_ROLE)).toMatch(/awslogs/);
    expect(hint(m.SECRETS_NEED_EXECUTION_ROLE)).toMatch(/secrets/);
  });

  it('says what to change for the port, network mode, size and essential rules (reference §2.4)', () => {
    expect(hint(m.AWSVPC_PORTS_MUST_MATCH)).toMatch(/hostPort must equal containerPort/);
    expect(hint(m.FARGATE_NEEDS_AWSVPC)).toMatch(/--network-mode awsvpc/);
    expect(hint(m.FARGATE_NEEDS_CPU)).toMatch(/--cpu 256 --memory 512/);
    expect(hint(m.FARGATE_NEEDS_MEMORY)).toMatch(/--cpu 256 --memory 512/);
    expect(hint(m.NO_ESSENTIAL)).toMatch(/"essential": true/);
  });

  it('names the container name used twice', () => {
    const containerDefinitions = [{ name: 'web' }, { name: 'log' }, { name: 'web' }];
    expect(hint(m.DUPLICATE_CONTAINER_NAMES, { containerDefinitions })).toBe(
      'give each container its own "name" ("web" is used more than once).',
    );
  });

  it('gives the Fargate table only to Fargate definitions with an invalid cpu (§2.2, §2.3)', () => {
    expect(hint(m.INVALID_TASK_CPU, { requiresCompatibilities: ['FARGATE'] })).toBe(fargateSizesHint());
    expect(hint(m.INVALID_TASK_CPU, {})).toMatch(/1024 = 1 vCPU/);
  });

  it('leaves other errors to the general hints', () => {
    expect(hint('Too many containers.')).toBeNull();
    expect(
      registrationHint({ code: 'AccessDeniedException', message: m.NO_ESSENTIAL }, {}, state),
    ).toBeNull();
  });

  it('prints the hint under the ClientException in the console', () => {
    const sim = ecsConsole().type(
      'aws ecs register-task-definition --family a --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 ' +
        `--container-definitions '[{"name":"web","image":"123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.4.2"}]'`,
    );
    expect(sim.toolOutput()).toBe(
      `An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ${m.FARGATE_ECR_NEEDS_EXECUTION_ROLE}`,
    );
    expect(sim.hint()).toMatch(/^Dockyard: Fargate pulls ECR images/);
  });
});
