import { describe, expect, it } from 'vitest';
import type { ScalableTarget } from '@/lib/sim/ecs/types';
import { scalableTargetOf, scalingText } from './scaling-summary';

const target = (resourceId: string, policy: ScalableTarget['policy'] = null): ScalableTarget => ({
  resourceId,
  minCapacity: 2,
  maxCapacity: 10,
  policy,
  lastScaleAt: null,
});

describe('scalableTargetOf', () => {
  it('finds the target named service/CLUSTER/SERVICE', () => {
    const targets = [target('service/other/web'), target('service/default/web')];
    expect(scalableTargetOf({ cluster: 'default', name: 'web' }, targets)).toBe(targets[1]);
  });

  it('gives null when the service is not registered with Application Auto Scaling', () => {
    expect(scalableTargetOf({ cluster: 'default', name: 'api' }, [target('service/default/web')])).toBeNull();
  });
});

describe('scalingText', () => {
  it('gives the bounds and the target tracking value', () => {
    const policy = {
      name: 'cpu50',
      targetValue: 50,
      metric: 'ECSServiceAverageCPUUtilization' as const,
      scaleOutCooldown: 60,
      scaleInCooldown: 300,
    };
    expect(scalingText(target('service/default/web', policy))).toBe(
      'Tasks between 2 and 10; target tracking keeps average CPU at 50% (policy cpu50).',
    );
  });

  it('says when there is no policy yet', () => {
    expect(scalingText(target('service/default/web'))).toBe('Tasks between 2 and 10; no scaling policy yet.');
  });
});
