import { describe, expect, it } from 'vitest';
import { until } from '../services/testing/service-driver';
import { capacityProviderReservation } from './managed-scaling';
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
    // Without AZ rebalancing (§5.8), which would spread the tasks into the spare instance and make
    // it busy: M counts the instances that run tasks, so the group would grow to 6.
    const d = until(
      asgCluster({ target: 50 }).service('web', 'web', 8, { availabilityZoneRebalancing: 'DISABLED' }),
      (x) => x.running().length === 8,
      '10s',
    ).wait('5m');
    expect(d.state.autoScalingGroups[0]?.desiredCapacity).toBe(2);
  });
});

describe('capacityProviderReservation', () => {
  it('is 100 minus the empty instances on scale-in at the default target: one empty of two → 99, not 50 (§5.6)', () => {
    expect(capacityProviderReservation(1, 2, 100)).toBe(99);
    expect(capacityProviderReservation(8, 10, 100)).toBe(98);
  });

  it('is instances needed ÷ instances running otherwise, and 200 with tasks waiting and no instance (§5.6)', () => {
    expect(capacityProviderReservation(3, 2, 100)).toBe(150);
    expect(capacityProviderReservation(2, 2, 100)).toBe(100);
    expect(capacityProviderReservation(1, 4, 50)).toBe(25);
    expect(capacityProviderReservation(4, 0, 100)).toBe(200);
    expect(capacityProviderReservation(0, 0, 100)).toBe(100);
  });
});

describe('managed scale-in with termination protection', () => {
  it('reports CapacityProviderReservation 99% when one of two instances is empty (§5.6)', () => {
    let d = until(asgCluster().service('web', 'web', 12), (x) => x.running().length === 12, '10s');
    d = d.update('web', { desiredCount: 1 });
    let messages: string[] = [];
    for (let minute = 0; minute < 20 && d.state.autoScalingGroups[0]?.desiredCapacity === 2; minute += 1) {
      d = d.wait('1m');
      messages = [...messages, ...d.lastEvents.map((e) => e.message)];
    }
    expect(messages.some((m) => m.includes('CapacityProviderReservation 99%, target 100%'))).toBe(true);
    expect(messages.some((m) => m.includes('CapacityProviderReservation 50%'))).toBe(false);
  });

  it('never terminates an instance that runs non-daemon tasks, even when asked to scale to 0 (§5.6)', () => {
    let d = until(asgCluster().service('web', 'web', 12), (x) => x.running().length === 12, '10s');
    const busy = new Set(d.running().map((t) => t.ec2InstanceId));
    d = d.send({ type: 'SetDesiredCapacity', name: 'ecs-asg', desiredCapacity: 0 }).wait('2m');
    for (const id of busy) expect(d.state.instances.find((i) => i.id === id)?.state).toBe('running');
    expect(d.running()).toHaveLength(12);
  });
});
