import { describe, expect, it } from 'vitest';
import { accepted, ec2Request, EXECUTION_ROLE, fargateRequest, refusal } from './taskdef-fixtures';
import { validateTaskDefinition } from './validate-task-definition';

describe('validateTaskDefinition — the request', () => {
  it("accepts the seed's definition once its container numbers are integers (reference §2.4)", () => {
    const seed = {
      family: 'webserver',
      containerDefinitions: [{ name: 'web', image: 'nginx', memory: 100, cpu: 99 }],
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      memory: '512',
      cpu: '256',
    };
    const def = accepted(seed);
    expect(def).toMatchObject({
      family: 'webserver',
      cpu: 256,
      memory: 512,
      requiresCompatibilities: ['FARGATE'],
    });
    expect(def.containerDefinitions[0]).toMatchObject({
      name: 'web',
      image: 'nginx',
      cpu: 99,
      memory: 100,
      essential: true,
    });
  });

  it('refuses a missing or malformed family (255 letters, digits, hyphens, underscores)', () => {
    expect(refusal(ec2Request({ family: undefined }))).toBe('Family should not be null or empty.');
    expect(refusal(ec2Request({ family: 'web app' }))).toBe('Family contains invalid characters.');
    expect(refusal(ec2Request({ family: 'a'.repeat(256) }))).toBe('Family contains invalid characters.');
  });

  it('refuses an unknown network mode or launch type with the enum validation form', () => {
    expect(refusal(ec2Request({ networkMode: 'nat' }))).toBe(
      "1 validation error detected: Value 'nat' at 'networkMode' failed to satisfy constraint: Member must satisfy enum value set: [bridge, host, awsvpc, none]",
    );
    expect(refusal(ec2Request({ requiresCompatibilities: ['EC2', 'LAMBDA'] }))).toBe(
      "1 validation error detected: Value 'LAMBDA' at 'requiresCompatibilities.2.member' failed to satisfy constraint: Member must satisfy enum value set: [EC2, FARGATE, EXTERNAL]",
    );
  });

  it('normalises "1 vCPU" and "2 GB" to units and MiB (§2.2)', () => {
    const def = accepted(ec2Request({ cpu: '1 vCPU', memory: '2 GB' }));
    expect([def.cpu, def.memory]).toEqual([1024, 2048]);
  });

  it("refuses task cpu it cannot read or outside EC2's 128–196608 units (§2.2)", () => {
    expect(refusal(ec2Request({ cpu: 'fast' }))).toBe("Invalid 'cpu' setting for task.");
    expect(refusal(ec2Request({ cpu: '64' }))).toBe("Invalid 'cpu' setting for task.");
    expect(refusal(ec2Request({ cpu: '196609' }))).toBe("Invalid 'cpu' setting for task.");
    expect(refusal(ec2Request({ cpu: '128' }))).toBe('OK');
    expect(refusal(ec2Request({ cpu: '192 vCPU' }))).toBe('OK');
  });

  it('refuses task memory it cannot read', () => {
    expect(refusal(ec2Request({ memory: '2 TB' }))).toBe("Invalid 'memory' setting for task.");
    expect(refusal(ec2Request({ memory: '0' }))).toBe("Invalid 'memory' setting for task.");
  });

  it('keeps memberOf placement constraints and refuses distinctInstance in a task definition (§4.3)', () => {
    const memberOf = { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' };
    expect(accepted(ec2Request({ placementConstraints: [memberOf] })).placementConstraints).toEqual([
      memberOf,
    ]);
    expect(refusal(ec2Request({ placementConstraints: [{ type: 'distinctInstance' }] }))).toBe(
      'The distinctInstance placement constraint is not supported in a task definition.',
    );
    const eleven = Array.from({ length: 11 }, () => memberOf);
    expect(refusal(ec2Request({ placementConstraints: eleven }))).toBe(
      'Too many placement constraints. The limit is 10.',
    );
  });

  it('lists EXTERNAL before EC2 for a definition ECS Anywhere can run (no awsvpc), as describe output shows', () => {
    expect(accepted(ec2Request()).compatibilities).toEqual(['EXTERNAL', 'EC2']);
    expect(accepted(ec2Request({ networkMode: 'awsvpc' })).compatibilities).toEqual(['EC2']);
    expect(refusal(ec2Request({ networkMode: 'awsvpc', requiresCompatibilities: ['EXTERNAL'] }))).toBe(
      'External launch type does not support network mode awsvpc.',
    );
  });

  it('keeps roles and the runtime platform', () => {
    const def = accepted(
      fargateRequest({
        executionRoleArn: EXECUTION_ROLE,
        taskRoleArn: 'arn:aws:iam::123456789012:role/photoApiTaskRole',
        runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
      }),
    );
    expect(def).toMatchObject({
      executionRoleArn: EXECUTION_ROLE,
      taskRoleArn: 'arn:aws:iam::123456789012:role/photoApiTaskRole',
      runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
    });
  });

  it('fills container defaults: cpu 0, no limits, tcp, empty lists (§2.2)', () => {
    expect(accepted(ec2Request({ memory: '512' }, { memory: undefined })).containerDefinitions[0]).toEqual({
      name: 'web',
      image: 'nginx',
      cpu: 0,
      memory: null,
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
    });
  });

  it('ignores nulls and members it does not model, as the service deserialiser does', () => {
    expect(refusal(ec2Request({ volumes: [], tags: null, cpu: null }, { command: null, ulimits: [] }))).toBe(
      'OK',
    );
  });
});

describe('validateTaskDefinition — values of the wrong JSON type', () => {
  const serialization = (request: unknown) => {
    const result = validateTaskDefinition(request);
    return result.ok ? 'OK' : `${result.error.code}: ${result.error.message}`;
  };

  it('answers a string where ECS expects an Integer with a SerializationException (observed wording)', () => {
    expect(serialization(ec2Request({}, { memory: '100' }))).toBe(
      'SerializationException: STRING_VALUE cannot be converted to Integer',
    );
  });

  it('names the JSON token for other scalars and refuses objects and lists out of place', () => {
    expect(serialization(ec2Request({ cpu: 256 }))).toBe(
      'SerializationException: NUMBER_VALUE cannot be converted to String',
    );
    expect(serialization(ec2Request({}, { essential: 'yes' }))).toBe(
      'SerializationException: STRING_VALUE cannot be converted to Boolean',
    );
    expect(serialization(ec2Request({}, { cpu: true }))).toBe(
      'SerializationException: TRUE_VALUE cannot be converted to Integer',
    );
    expect(serialization(ec2Request({ family: { name: 'web' } }))).toBe(
      'SerializationException: Start of structure or map found where not expected.',
    );
    expect(serialization(ec2Request({ networkMode: ['awsvpc'] }))).toBe(
      'SerializationException: Start of list found where not expected.',
    );
    expect(serialization('web')).toBe(
      'SerializationException: STRING_VALUE cannot be converted to Structure',
    );
  });

  it('refuses a fraction or a number past 32 bits where ECS expects an Integer', () => {
    expect(serialization(ec2Request({}, { memory: 1.5 }))).toBe(
      'SerializationException: NUMBER_VALUE cannot be converted to Integer',
    );
    expect(serialization(ec2Request({}, { memory: 2 ** 31 }))).toBe(
      'SerializationException: NUMBER_VALUE cannot be converted to Integer',
    );
  });
});
