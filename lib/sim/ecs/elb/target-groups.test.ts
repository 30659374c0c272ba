import { describe, expect, it } from 'vitest';
import { svc } from '../services/testing/service-driver';


describe('createTargetGroup', () => {
  it('creates a target group behind the account’s ALB with a 300 s deregistration delay (§5.2)', () => {
    const d = svc().targetGroup('web-tg');
    const group = d.group('web-tg');
    expect(group.arn).toMatch(
      /^arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup\/web-tg\/[0-9a-f]{16}$/,
    );
    expect(group.loadBalancerArn).toBe(d.state.loadBalancers[0]?.arn);
    expect(group.deregistrationDelaySeconds).toBe(300);
    expect(group.healthCheck).toEqual({
      path: '/health',
      intervalSeconds: 10,
      timeoutSeconds: 5,
      healthyThreshold: 2,
      unhealthyThreshold: 2,
    });
  });

  it('is idempotent for the same settings and refuses the same name with others (DuplicateTargetGroupName)', () => {
    let d = svc().targetGroup('web-tg').targetGroup('web-tg');
    expect(d.lastError).toBeUndefined();
    expect(d.state.targetGroups).toHaveLength(1);
    d = d.targetGroup('web-tg', 'instance');
    expect(d.lastError).toEqual({
      code: 'DuplicateTargetGroupName',
      message: "A target group with the same name 'web-tg' exists, but with different settings",
    });
  });

  it('refuses thresholds outside 2–10 and a timeout not below the interval, in ELB’s words', () => {
    let d = svc().targetGroup('a', 'ip', { healthyThresholdCount: 1 });
    expect(d.lastError?.message).toBe(
      "1 validation error detected: Value '1' at 'healthyThresholdCount' failed to satisfy constraint: Member must have value greater than or equal to 2",
    );
    d = d.targetGroup('b', 'ip', { healthCheckIntervalSeconds: 5, healthCheckTimeoutSeconds: 5 });
    expect(d.lastError).toEqual({
      code: 'ValidationError',
      message: 'Health check interval must be greater than the timeout.',
    });
    expect(d.state.targetGroups).toHaveLength(0);
  });

  it('refuses names longer than 32 characters or with a leading hyphen', () => {
    expect(svc().targetGroup('x'.repeat(33)).lastError?.code).toBe('ValidationError');
    expect(svc().targetGroup('-web').lastError?.code).toBe('ValidationError');
  });
});

describe('modifyTargetGroupAttributes', () => {
  it('sets the deregistration delay, 0–3600 seconds', () => {
    let d = svc().targetGroup('web-tg');
    const arn = d.group('web-tg').arn;
    d = d.send({ type: 'ModifyTargetGroupAttributes', targetGroupArn: arn, deregistrationDelaySeconds: 30 });
    expect(d.group('web-tg').deregistrationDelaySeconds).toBe(30);
    d = d.send({
      type: 'ModifyTargetGroupAttributes',
      targetGroupArn: arn,
      deregistrationDelaySeconds: 3601,
    });
    expect(d.lastError?.code).toBe('ValidationError');
    expect(d.group('web-tg').deregistrationDelaySeconds).toBe(30);
  });

  it('answers an unknown target group with TargetGroupNotFound', () => {
    const d = svc().send({
      type: 'ModifyTargetGroupAttributes',
      targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/nope/0',
      deregistrationDelaySeconds: 5,
    });
    expect(d.lastError).toEqual({
      code: 'TargetGroupNotFound',
      message: 'One or more target groups not found',
    });
  });
});
