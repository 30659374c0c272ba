import { describe, expect, it } from 'vitest';
import { until, webFleet } from '@/lib/sim/ecs/services/testing/service-driver';
import type { TargetGroup } from '@/lib/sim/ecs/types';
import { serviceTargetGroups, TARGET_LOOK, targetLabel } from './target-health';

describe('serviceTargetGroups', () => {
  it('counts healthy targets of all targets for each target group of the service', () => {
    const d = until(
      webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg' }),
      (x) => x.targets('web-tg').length === 2,
    );
    const [entry] = serviceTargetGroups(d.svc(), d.state.targetGroups);
    expect(entry).toMatchObject({ containerName: 'web', containerPort: 8080, healthy: 0, total: 2 });
    expect(entry?.group.name).toBe('web-tg');

    const later = until(d, (x) => x.targets('web-tg').every((t) => t.state === 'healthy'));
    expect(serviceTargetGroups(later.svc(), later.state.targetGroups)[0]).toMatchObject({
      healthy: 2,
      total: 2,
    });
  });

  it('leaves out a target group that no longer exists', () => {
    const service = {
      loadBalancers: [{ targetGroupArn: 'arn:gone', containerName: 'web', containerPort: 80 }],
    };
    expect(serviceTargetGroups(service, [] as TargetGroup[])).toEqual([]);
  });

  it('gives nothing for a service without a load balancer', () => {
    expect(serviceTargetGroups({ loadBalancers: [] }, [])).toEqual([]);
  });
});

describe('targetLabel', () => {
  it('names a target id:port as describe-target-health does', () => {
    expect(targetLabel({ id: '10.0.1.12', port: 8080 })).toBe('10.0.1.12:8080');
  });
});

describe('TARGET_LOOK', () => {
  it('gives each target state its own symbol and ELB’s lower-case word', () => {
    const looks = Object.entries(TARGET_LOOK);
    expect(looks.every(([state, look]) => look.label === state)).toBe(true);
    expect(new Set(looks.map(([, look]) => look.symbol)).size).toBe(looks.length);
  });
});
