import { describe, expect, it } from 'vitest';
import { until } from '../services/testing/service-driver';
import { asgCluster } from './testing/asg-cluster';


const inService = (d: ReturnType<typeof asgCluster>) =>
  d.state.instances.filter(
    (i) => i.autoScalingGroup === 'ecs-asg' && (i.state === 'pending' || i.state === 'running'),
  );

describe('managed scaling and waiting tasks (§5.6)', () => {
  it('keeps a capacity-provider service’s tasks in PROVISIONING without an instance until capacity appears', () => {
    const d = asgCluster().service('web', 'web', 4);
    expect(d.live()).toHaveLength(4);
    expect(
      d
        .live()
        .every(
          (t) =>
            t.lastStatus === 'PROVISIONING' && t.containerInstanceId === null && t.capacityProvider === 'cp1',
        ),
    ).toBe(true);
    expect(d.messages().some((m) => m.includes('unable to place'))).toBe(false);
  });

  it('scales the group out from zero (CapacityProviderReservation 200 %) and places the waiting tasks', () => {
    let d = asgCluster().service('web', 'web', 12).wait('61s');
    expect(d.state.autoScalingGroups[0]?.desiredCapacity).toBe(2);
    expect(d.lastEvents.some((e) => e.message.includes('CapacityProviderReservation 200%'))).toBe(true);
    d = until(d, (x) => x.running().length === 12, '10s');
    expect(inService(d)).toHaveLength(2);
    expect(new Set(d.running().map((t) => t.containerInstanceId)).size).toBe(2);
  });

  it('terminates only instances without tasks, 15 minutes after they emptied (managed termination protection)', () => {
    let d = until(asgCluster().service('web', 'web', 12), (x) => x.running().length === 12, '10s');
    d = d.update('web', { desiredCount: 1 }).wait('14m');
    expect(d.state.autoScalingGroups[0]?.desiredCapacity).toBe(2);
    d = d.wait('3m');
    expect(d.state.autoScalingGroups[0]?.desiredCapacity).toBe(1);
    d = d.wait('2m');
    expect(inService(d)).toHaveLength(1);
    expect(d.running()).toHaveLength(1);
    expect(d.running()[0]?.ec2InstanceId).toBe(inService(d)[0]?.id);
  });

  it('keeps spare instances with a target capacity below 100 %', () => {
    const d = until(
      asgCluster({ target: 50 }).service('web', 'web', 8),
      (x) => x.running().length === 8,
      '10s',
    ).wait('5m');
    expect(d.state.autoScalingGroups[0]?.desiredCapacity).toBe(2);
  });
});
