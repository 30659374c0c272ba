import { describe, expect, it } from 'vitest';
import type { Task } from '../types';
import { maximumTasks } from './bounds';
import { availabilityZoneRebalancingOf, rebalanceSurplus, rebalancingCompatible } from './rebalance';
import { serviceMessages } from './service-events';
import { webFleet, type ServiceDriver, type ServiceOptions } from './testing/service-driver';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

const perAz = (tasks: readonly Task[]): number[] => AZS.map((az) => tasks.filter((t) => t.az === az).length);

/** A 3-task service on one instance per AZ, steady, then us-east-1a lost for 3 minutes. */
function afterOutage(options: ServiceOptions & { lb?: string } = {}, desired = 3): ServiceDriver {
  return webFleet('1.4.2')
    .service('web', 'web', desired, { launchType: 'EC2', ...options })
    .wait('3m')
    .send({ type: 'FailAvailabilityZone', az: 'us-east-1a' })
    .wait('3m');
}

/** Waits in 1 s steps, checking `each` at every step. */
function watch(d: ServiceDriver, duration: number, each: (d: ServiceDriver) => void): ServiceDriver {
  let current = d;
  for (let s = 0; s < duration; s += 1) {
    current = current.wait('1s');
    each(current);
  }
  return current;
}

describe('rebalanceAvailabilityZones', () => {
  it('after an AZ comes back, starts a task there, stops one in the crowded AZ once it is healthy, and says so (§5.8)', () => {
    let d = afterOutage({ lb: 'web-tg' });
    const before = perAz(d.running());
    expect(before[0]).toBe(0);
    expect(d.messages().some((m) => m.includes('AZ balanced'))).toBe(false);
    d = d.send({ type: 'RestoreAvailabilityZone', az: 'us-east-1a' });
    d = watch(d, 300, (x) =>
      expect(x.live().length).toBeLessThanOrEqual(maximumTasks(3, x.svc().deploymentConfiguration)),
    );
    expect(perAz(d.running())).toEqual([1, 1, 1]);
    const crowded = AZS[before.indexOf(2)] ?? '';
    const messages = d.messages();
    const started = serviceMessages.rebalancingStarted(
      'web',
      AZS.map((az, i) => ({ az, count: before[i] ?? 0 })),
    );
    expect(started).toBe(
      `service (web) is not AZ balanced with 0 tasks in us-east-1a, ${before[1]} in us-east-1b, and ${before[2]} in us-east-1c. AZ Rebalancing in progress.`,
    );
    expect(messages).toContain(started);
    expect(messages).toContain(
      'service (web) is AZ balanced with 1 tasks in us-east-1a, 1 tasks in us-east-1b, and 1 tasks in us-east-1c.',
    );
    const newTask = d.running().find((t) => t.az === 'us-east-1a');
    const stopped = d.state.tasks.find(
      (t) => t.az === crowded && t.stoppedReason?.startsWith('Scaling activity') === true,
    );
    expect(messages).toContain(
      `web has started 1 tasks in us-east-1a to AZ Rebalance: ${newTask?.id ?? ''}.`,
    );
    expect(messages).toContain(
      `web has stopped 1 running tasks in ${crowded} due to AZ rebalancing: ${stopped?.id ?? ''}.`,
    );
    // Start first; stop once the new task is RUNNING and healthy in its target group (two passed
    // checks 10 s apart after it registered on reaching RUNNING).
    expect(stopped?.stoppingAt ?? 0).toBeGreaterThanOrEqual((newTask?.startedAt ?? Infinity) + 20_000);
    expect(messages.indexOf(started)).toBeGreaterThan(
      messages.indexOf(messages.find((m) => m.includes('to AZ Rebalance')) ?? ''),
    );
    expect(d.svc().rebalancing ?? null).toBeNull();
  });

  it('leaves the tasks where they are with availabilityZoneRebalancing DISABLED (§5.8)', () => {
    let d = afterOutage({ availabilityZoneRebalancing: 'DISABLED' });
    const before = perAz(d.running());
    d = d.send({ type: 'RestoreAvailabilityZone', az: 'us-east-1a' }).wait('5m');
    expect(perAz(d.running())).toEqual(before);
    expect(d.messages().some((m) => m.includes('AZ balanced'))).toBe(false);
  });

  it('rebalances a Fargate service over its subnets’ Availability Zones (§5.8, §6)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 3, { launchType: 'FARGATE' }).wait('3m');
    d = d.send({ type: 'FailAvailabilityZone', az: 'us-east-1a' }).wait('3m');
    expect(perAz(d.running())[0]).toBe(0);
    d = d.send({ type: 'RestoreAvailabilityZone', az: 'us-east-1a' }).wait('5m');
    expect(perAz(d.running())).toEqual([1, 1, 1]);
    expect(d.messages().some((m) => m.startsWith('service (web) is AZ balanced with 1 tasks'))).toBe(true);
  });

  it('with maximumPercent 100 stops first, within minimumHealthyPercent, never running more than desired (§5.3, §5.8)', () => {
    const config = { minimumHealthyPercent: 50, maximumPercent: 100 };
    let d = afterOutage({ deploymentConfiguration: config }, 4);
    expect(perAz(d.running())[0]).toBe(0);
    d = d.send({ type: 'RestoreAvailabilityZone', az: 'us-east-1a' });
    d = watch(d, 300, (x) => {
      expect(x.live().length).toBeLessThanOrEqual(4);
      expect(x.running().length).toBeGreaterThanOrEqual(2);
    });
    const counts = perAz(d.running());
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(d.messages().some((m) => m.startsWith('service (web) is AZ balanced'))).toBe(true);
  });

  it('is deterministic and additive in time: 5 minutes at once equal the same time in two waits (§5.8)', () => {
    const restored = afterOutage({ lb: 'web-tg' }).send({
      type: 'RestoreAvailabilityZone',
      az: 'us-east-1a',
    });
    const once = restored.wait('5m').state;
    expect(restored.wait('137s').wait('163s').state).toEqual(once);
    expect(restored.wait('61s').wait('239s').state).toEqual(once);
    expect(
      afterOutage({ lb: 'web-tg' }).send({ type: 'RestoreAvailabilityZone', az: 'us-east-1a' }).wait('5m')
        .state,
    ).toEqual(once);
  });

  it('counts only AZs with usable capacity: nothing moves while the lost AZ is down (§5.8)', () => {
    const d = afterOutage().wait('10m');
    expect(d.messages().some((m) => m.includes('AZ balanced'))).toBe(false);
    expect(d.live()).toHaveLength(3);
  });
});

describe('rebalancingCompatible', () => {
  it('holds for REPLICA services without strategies or spreading over AZs first, not binpack or DAEMON (§5.8)', () => {
    expect(rebalancingCompatible({ schedulingStrategy: 'REPLICA', placementStrategy: [] })).toBe(true);
    expect(
      rebalancingCompatible({
        schedulingStrategy: 'REPLICA',
        placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
      }),
    ).toBe(true);
    expect(
      rebalancingCompatible({
        schedulingStrategy: 'REPLICA',
        placementStrategy: [{ type: 'binpack', field: 'memory' }],
      }),
    ).toBe(false);
    expect(rebalancingCompatible({ schedulingStrategy: 'DAEMON', placementStrategy: [] })).toBe(false);
  });
});

describe('availabilityZoneRebalancingOf', () => {
  it('is ENABLED by CreateService’s default, kept by UpdateService without a value, DISABLED if never set (§5.8)', () => {
    let d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, { launchType: 'EC2' });
    expect(d.svc().availabilityZoneRebalancing).toBe('ENABLED');
    d = d.update('web', { desiredCount: 2 });
    expect(d.svc().availabilityZoneRebalancing).toBe('ENABLED');
    const deployments = d.svc().deployments.length;
    d = d.update('web', { availabilityZoneRebalancing: 'DISABLED' });
    expect(d.svc().availabilityZoneRebalancing).toBe('DISABLED');
    expect(d.svc().deployments).toHaveLength(deployments);
    const binpack = webFleet('1.4.2', { lb: false }).service('api', 'web', 1, {
      launchType: 'EC2',
      placementStrategy: [{ type: 'binpack', field: 'memory' }],
    });
    expect(binpack.svc('api').availabilityZoneRebalancing).toBe('DISABLED');
    expect(availabilityZoneRebalancingOf({})).toBe('DISABLED');
  });
});

describe('rebalanceSurplus', () => {
  it('is 1 only while the task a rebalancing started is live', () => {
    const task = { id: 't1' } as Task;
    expect(rebalanceSurplus({ rebalancing: { taskId: 't1' } }, [task])).toBe(1);
    expect(rebalanceSurplus({ rebalancing: { taskId: 't1' } }, [])).toBe(0);
    expect(rebalanceSurplus({ rebalancing: null }, [task])).toBe(0);
  });
});
