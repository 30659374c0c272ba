import { describe, expect, it } from 'vitest';
import { accepted, ec2Request, EXECUTION_ROLE, refusal, withContainers } from './taskdef-fixtures';

const HEALTH = { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'] };

describe('validateTaskDefinition — essential containers', () => {
  it('treats an omitted essential as true (§2.2)', () => {
    expect(accepted(ec2Request()).containerDefinitions[0]?.essential).toBe(true);
  });

  it('refuses a task whose containers are all non-essential (§2.4)', () => {
    expect(refusal(ec2Request({}, { essential: false }))).toBe(
      "Task definition doesn't have any essential container.",
    );
    const mixed = withContainers({ family: 'web' }, [{ name: 'a', essential: false }, { name: 'b' }]);
    expect(refusal(mixed)).toBe('OK');
  });
});

describe('validateTaskDefinition — dependsOn', () => {
  const app = (dependsOn: unknown, target: Record<string, unknown> = {}) =>
    withContainers({ family: 'web' }, [
      { name: 'app', dependsOn },
      { name: 'init', essential: false, ...target },
    ]);

  it('accepts START, COMPLETE, SUCCESS and HEALTHY on a suitable target', () => {
    for (const condition of ['START', 'COMPLETE', 'SUCCESS'])
      expect(refusal(app([{ containerName: 'init', condition }]))).toBe('OK');
    expect(refusal(app([{ containerName: 'init', condition: 'HEALTHY' }], { healthCheck: HEALTH }))).toBe(
      'OK',
    );
  });

  it("refuses a dependency on a container that does not exist, in AWS's words (stray + included)", () => {
    expect(refusal(app([{ containerName: 'sidecar', condition: 'START' }]))).toBe(
      "Cannot depend on container + 'sidecar' because it does not exist",
    );
  });

  it('refuses an unknown condition', () => {
    expect(refusal(app([{ containerName: 'init', condition: 'READY' }]))).toBe(
      "1 validation error detected: Value 'READY' at 'containerDefinitions.1.member.dependsOn.1.member.condition' failed to satisfy constraint: Member must satisfy enum value set: [START, COMPLETE, SUCCESS, HEALTHY]",
    );
  });

  it('refuses HEALTHY on a target without a health check', () => {
    expect(refusal(app([{ containerName: 'init', condition: 'HEALTHY' }]))).toBe(
      "Container 'init' must have a health check to be a dependency with the HEALTHY condition.",
    );
  });

  it('refuses SUCCESS or COMPLETE on an essential target (§2.4)', () => {
    expect(refusal(app([{ containerName: 'init', condition: 'SUCCESS' }], { essential: true }))).toBe(
      'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
    );
    expect(refusal(app([{ containerName: 'init', condition: 'COMPLETE' }], { essential: undefined }))).toBe(
      'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
    );
  });

  it('keeps the dependencies on the stored definition', () => {
    const def = accepted(app([{ containerName: 'init', condition: 'SUCCESS' }]));
    expect(def.containerDefinitions[0]?.dependsOn).toEqual([{ containerName: 'init', condition: 'SUCCESS' }]);
  });
});

describe('validateTaskDefinition — health checks', () => {
  it('fills interval 30, timeout 5, retries 3 when omitted (§2.2)', () => {
    expect(accepted(ec2Request({}, { healthCheck: HEALTH })).containerDefinitions[0]?.healthCheck).toEqual({
      command: HEALTH.command,
      interval: 30,
      timeout: 5,
      retries: 3,
      startPeriod: 0,
    });
  });

  it('needs a command that starts with CMD or CMD-SHELL (§2.2)', () => {
    expect(refusal(ec2Request({}, { healthCheck: { command: ['CMD', 'true'] } }))).toBe('OK');
    expect(refusal(ec2Request({}, { healthCheck: { command: ['curl', 'x'] } }))).toBe(
      "Invalid 'healthCheck.command' setting for container 'web'.",
    );
    expect(refusal(ec2Request({}, { healthCheck: { command: [] } }))).toBe(
      "Invalid 'healthCheck.command' setting for container 'web'.",
    );
  });

  it('keeps interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300 (§2.2)', () => {
    const check = (field: string, value: number) =>
      refusal(ec2Request({}, { healthCheck: { ...HEALTH, [field]: value } }));
    const cases: [string, number, number][] = [
      ['interval', 5, 300],
      ['timeout', 2, 60],
      ['retries', 1, 10],
      ['startPeriod', 0, 300],
    ];
    for (const [field, min, max] of cases) {
      expect(check(field, min)).toBe('OK');
      expect(check(field, max)).toBe('OK');
      expect(check(field, min - 1)).toBe(`Invalid 'healthCheck.${field}' setting for container 'web'.`);
      expect(check(field, max + 1)).toBe(`Invalid 'healthCheck.${field}' setting for container 'web'.`);
    }
  });
});

describe('validateTaskDefinition — logs and secrets', () => {
  it('needs awslogs-region and awslogs-group for the awslogs driver, naming the missing ones', () => {
    const logs = (options: Record<string, string>) =>
      refusal(ec2Request({}, { logConfiguration: { logDriver: 'awslogs', options } }));
    expect(logs({})).toBe('Log driver awslogs requires options: awslogs-region, awslogs-group');
    expect(logs({ 'awslogs-region': 'us-east-1' })).toBe(
      'Log driver awslogs requires options: awslogs-group',
    );
    expect(logs({ 'awslogs-region': 'us-east-1', 'awslogs-group': '/ecs/web' })).toBe('OK');
  });

  it('needs an execution role for container secrets, on any launch type (§2.4)', () => {
    const secrets = {
      secrets: [{ name: 'DB', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db' }],
    };
    expect(refusal(ec2Request({}, secrets))).toBe(
      "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
    );
    expect(refusal(ec2Request({ executionRoleArn: EXECUTION_ROLE }, secrets))).toBe('OK');
  });
});
