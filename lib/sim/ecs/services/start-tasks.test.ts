import { describe, expect, it } from 'vitest';
import { svc, webFleet } from './testing/service-driver';
import { webApp } from '../testing/fixtures';


const fargateWeb = () =>
  svc()
    .send({ type: 'CreateCluster', clusterName: 'default' })
    .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
    .register(webApp('1.4.2'));

describe('startServiceTasks', () => {
  it('spreads Fargate tasks over the subnets’ Availability Zones (§4.1, §6)', () => {
    const d = fargateWeb().service('web', 'web', 6, { launchType: 'FARGATE' });
    const perAz = new Map<string, number>();
    for (const task of d.live()) perAz.set(task.az, (perAz.get(task.az) ?? 0) + 1);
    expect([...perAz.values()]).toEqual([2, 2, 2]);
    expect(d.live().every((t) => t.launchType === 'FARGATE' && t.eni !== null)).toBe(true);
  });

  it('splits tasks between FARGATE and FARGATE_SPOT by base and weight (§5.6)', () => {
    const d = fargateWeb().service('web', 'web', 5, {
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 3 },
      ],
    });
    const spot = d.live().filter((t) => t.capacityProvider === 'FARGATE_SPOT').length;
    expect(spot).toBe(3);
    expect(d.live().filter((t) => t.capacityProvider === 'FARGATE')).toHaveLength(2);
  });

  it('says Fargate capacity is unavailable when every AZ of the service is down', () => {
    let d = fargateWeb();
    for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c'])
      d = d.send({ type: 'FailAvailabilityZone', az });
    d = d.service('web', 'web', 1, { launchType: 'FARGATE' });
    expect(d.live()).toHaveLength(0);
    expect(d.messages()[0]).toMatch(
      /^\(service web\) was unable to place a task\. Reason: Capacity is unavailable at this time\./,
    );
  });

  it('names the closest instance when no EC2 instance has room (§4.4)', () => {
    const d = webFleet('1.4.2', { lb: false }).service('web', 'web', 7, { launchType: 'EC2' });
    expect(d.live()).toHaveLength(6);
    expect(d.messages()[0]).toMatch(
      /^\(service web\) was unable to place a task because no container instance met all of its requirements\. The closest matching container-instance [0-9a-f]{32} encountered error "RESOURCE:ENI"\. For more information/,
    );
  });
});
