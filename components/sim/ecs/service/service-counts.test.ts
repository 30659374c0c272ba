import { describe, expect, it } from 'vitest';
import { serviceJson } from '@/lib/cli/ecs/format/service-json';
import { webFleet } from '@/lib/sim/ecs/services/testing/service-driver';
import { webApp } from '@/lib/sim/ecs/testing/fixtures';
import type { Service } from '@/lib/sim/ecs/types';
import { serviceCounts, visibleServices } from './service-counts';

describe('serviceCounts', () => {
  it('counts tasks still starting as pending and none as running right after CreateService', () => {
    const d = webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg' });
    const counts = serviceCounts(d.svc(), d.state);
    expect(counts).toMatchObject({ desired: 2, running: 0, pending: 2 });
    expect(counts.deployments).toEqual([
      expect.objectContaining({ desired: 2, pending: 2, running: 0, failedTasks: 0 }),
    ]);
  });

  it('counts running tasks once they run, matching describe-services', () => {
    const d = webFleet('1.4.2').service('web', 'web', 3, { lb: 'web-tg' }).wait('5m');
    const counts = serviceCounts(d.svc(), d.state);
    const json = serviceJson(d.svc(), d.state);
    expect(counts).toMatchObject({ desired: 3, running: 3, pending: 0 });
    expect([counts.running, counts.pending]).toEqual([json.runningCount, json.pendingCount]);
    expect(counts.deployments[0]?.id).toBe(d.svc().deployments[0]?.id);
  });

  it('gives each deployment its own counts during a rolling update', () => {
    const updated = webFleet('1.4.2')
      .service('web', 'web', 2, { lb: 'web-tg' })
      .wait('5m')
      .register(webApp('1.4.3'))
      .update('web', { taskDefinition: 'web:2' })
      .wait('20s');
    const counts = serviceCounts(updated.svc(), updated.state);
    expect(counts.deployments).toHaveLength(updated.svc().deployments.length);
    expect(counts.deployments.length).toBe(2);
    expect(counts.deployments[0]?.pending).toBeGreaterThan(0);
    const total = counts.deployments.reduce((sum, item) => sum + item.running + item.pending, 0);
    expect(total).toBe(counts.running + counts.pending);
  });
});

describe('visibleServices', () => {
  const service = (name: string, cluster: string, status: Service['status']) =>
    ({ name, cluster, status }) as Service;

  it('keeps the cluster’s ACTIVE and DRAINING services and drops INACTIVE ones and other clusters', () => {
    const services = [
      service('a', 'default', 'ACTIVE'),
      service('b', 'default', 'DRAINING'),
      service('c', 'default', 'INACTIVE'),
      service('d', 'other', 'ACTIVE'),
    ];
    expect(visibleServices(services, 'default').map((s) => s.name)).toEqual(['a', 'b']);
  });
});
