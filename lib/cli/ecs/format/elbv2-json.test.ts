import { describe, expect, it } from 'vitest';
import type { Target } from '../../../sim/ecs/types';
import { targetHealthJson } from './elbv2-json';

const TARGET: Target = {
  id: '172.31.5.9',
  port: 8080,
  az: 'us-east-1b',
  taskId: 't1',
  state: 'healthy',
  reason: null,
  consecutiveOk: 2,
  consecutiveFailed: 0,
  registeredAt: 0,
  drainUntil: null,
  nextCheckAt: 0,
};

const NO_OVERRIDE = {
  State: 'no_override',
  Reason: 'AdministrativeOverride.NoOverride',
  Description: 'No override is currently active on target',
};

describe('targetHealthJson', () => {
  it('names the Availability Zone of ip targets and ends with the administrative override', () => {
    const json = targetHealthJson(TARGET, 'ip');
    expect(json).toEqual({
      Target: { Id: '172.31.5.9', Port: 8080, AvailabilityZone: 'us-east-1b' },
      HealthCheckPort: '8080',
      TargetHealth: { State: 'healthy' },
      AdministrativeOverride: NO_OVERRIDE,
    });
    expect(Object.keys(json).at(-1)).toBe('AdministrativeOverride');
  });

  it('keeps instance targets to Id and Port', () => {
    const json = targetHealthJson({ ...TARGET, id: 'i-0123456789abcdef0' }, 'instance');
    expect(json['Target']).toEqual({ Id: 'i-0123456789abcdef0', Port: 8080 });
    expect(json['AdministrativeOverride']).toEqual(NO_OVERRIDE);
  });
});
