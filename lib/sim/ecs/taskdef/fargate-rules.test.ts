import { describe, expect, it } from 'vitest';
import { accepted, EXECUTION_ROLE, fargateRequest, PRIVATE_IMAGE, refusal } from './taskdef-fixtures';

describe('validateTaskDefinition — Fargate', () => {
  it("accepts the reference's minimal Fargate definition and marks it FARGATE-compatible (§2.1)", () => {
    const def = accepted(fargateRequest());
    expect(def.cpu).toBe(256);
    expect(def.memory).toBe(512);
    expect(def.compatibilities).toEqual(['EC2', 'FARGATE']);
  });

  it('needs awsvpc, in typographic quotes, whether networkMode is omitted or another mode (§2.4)', () => {
    expect(refusal(fargateRequest({ networkMode: undefined }))).toBe(
      'Fargate only supports network mode ‘awsvpc’.',
    );
    expect(refusal(fargateRequest({ networkMode: 'bridge' }))).toBe(
      'Fargate only supports network mode ‘awsvpc’.',
    );
  });

  it('needs task-level cpu, then task-level memory (§2.4)', () => {
    expect(refusal(fargateRequest({ cpu: undefined }))).toBe(
      "Fargate requires that 'cpu' be defined at the task level.",
    );
    expect(refusal(fargateRequest({ memory: undefined }))).toBe(
      "Fargate requires that 'memory' be defined at the task level.",
    );
  });

  it('refuses a size outside the §2.3 table, e.g. 256 CPU with 4 GB', () => {
    expect(refusal(fargateRequest({ memory: '4096' }))).toBe("Invalid 'cpu' setting for task.");
    expect(refusal(fargateRequest({ cpu: '1 vCPU', memory: '2 GB' }))).toBe('OK');
  });

  it('needs at least 1 vCPU for a Windows task (§2.3)', () => {
    const windows = {
      runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', cpuArchitecture: 'X86_64' },
    };
    expect(refusal(fargateRequest(windows))).toBe("Invalid 'cpu' setting for task.");
    expect(refusal(fargateRequest({ ...windows, cpu: '1024', memory: '2048' }))).toBe('OK');
    // 8 and 16 vCPU are Linux only (§2.3).
    expect(refusal(fargateRequest({ ...windows, cpu: '4096', memory: '30720' }))).toBe('OK');
    expect(refusal(fargateRequest({ ...windows, cpu: '8192', memory: '16384' }))).toBe("Invalid 'cpu' setting for task.");
  });

  it('refuses the task parameters Fargate does not run (ipcMode quoted in a public issue; §2.2 list)', () => {
    expect(refusal(fargateRequest({ ipcMode: 'host' }))).toBe(
      'Tasks using the Fargate launch type do not support ipcMode.',
    );
    expect(refusal(fargateRequest({ pidMode: 'host' }))).toBe(
      'Tasks using the Fargate launch type do not support pidMode.',
    );
    expect(refusal(fargateRequest({ pidMode: 'task' }))).toBe('OK');
    expect(refusal(fargateRequest({ placementConstraints: [{ type: 'memberOf', expression: 'x' }] }))).toBe(
      'Tasks using the Fargate launch type do not support placementConstraints.',
    );
  });

  it('refuses the container parameters Fargate does not run (§2.2)', () => {
    expect(refusal(fargateRequest({}, { privileged: true }))).toBe(
      'Tasks using the Fargate launch type do not support privileged.',
    );
    expect(refusal(fargateRequest({}, { privileged: false }))).toBe('OK');
    expect(refusal(fargateRequest({}, { links: ['db'] }))).toBe(
      'Tasks using the Fargate launch type do not support links.',
    );
    expect(refusal(fargateRequest({}, { linuxParameters: { maxSwap: 512 } }))).toBe(
      'Tasks using the Fargate launch type do not support maxSwap.',
    );
    expect(refusal(fargateRequest({}, { resourceRequirements: [{ type: 'GPU', value: '1' }] }))).toBe(
      'Tasks using the Fargate launch type do not support gpu.',
    );
  });

  it('needs an execution role for a private ECR image, not for Docker Hub (§2.4)', () => {
    expect(refusal(fargateRequest({}, { image: PRIVATE_IMAGE }))).toBe(
      'Fargate requires task definition to have execution role ARN to support ECR images.',
    );
    expect(refusal(fargateRequest({ executionRoleArn: EXECUTION_ROLE }, { image: PRIVATE_IMAGE }))).toBe(
      'OK',
    );
    expect(refusal(fargateRequest({}, { image: 'public.ecr.aws/nginx/nginx:latest' }))).toBe('OK');
  });

  it('needs an execution role for the awslogs driver (§2.4)', () => {
    const logs = {
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' },
      },
    };
    expect(refusal(fargateRequest({}, logs))).toBe(
      'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
    );
    expect(refusal(fargateRequest({ executionRoleArn: EXECUTION_ROLE }, logs))).toBe('OK');
  });

  it('leaves FARGATE out of compatibilities when an EC2 definition would break a Fargate rule', () => {
    expect(
      accepted(fargateRequest({ requiresCompatibilities: ['EC2'], memory: '4096' })).compatibilities,
    ).toEqual(['EC2']);
    expect(accepted(fargateRequest({ requiresCompatibilities: undefined })).compatibilities).toEqual([
      'EC2',
      'FARGATE',
    ]);
  });
});
