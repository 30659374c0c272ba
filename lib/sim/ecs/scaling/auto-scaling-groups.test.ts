import { describe, expect, it } from 'vitest';
import { asgCluster } from './testing/asg-cluster';


const inService = (d: ReturnType<typeof asgCluster>) =>
  d.state.instances.filter(
    (i) => i.autoScalingGroup === 'ecs-asg' && (i.state === 'pending' || i.state === 'running'),
  );

describe('createAutoScalingGroup', () => {
  it('launches its desired capacity over its subnets’ AZs, each instance carrying the group name (§5.6)', () => {
    const d = asgCluster({ desired: 3, cp: false });
    expect(inService(d)).toHaveLength(3);
    expect(new Set(inService(d).map((i) => i.az)).size).toBe(3);
    expect(inService(d).every((i) => i.instanceType === 't3.medium')).toBe(true);
    expect(d.state.autoScalingGroups[0]?.arn).toMatch(
      /^arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:[0-9a-f-]{36}:autoScalingGroupName\/ecs-asg$/,
    );
    expect(d.wait('2m').state.containerInstances).toHaveLength(3);
  });

  it('refuses a name in use, bad bounds and an unknown launch template in Auto Scaling’s words', () => {
    const d = asgCluster({ cp: false });
    const create = (over: Record<string, unknown>) =>
      d.send({
        type: 'CreateAutoScalingGroup',
        name: 'g',
        launchTemplate: 'ecs-lt',
        minSize: 0,
        maxSize: 2,
        desiredCapacity: 0,
        subnetIds: [d.state.subnets[0]?.id ?? ''],
        ...over,
      } as never).lastError;
    expect(create({ name: 'ecs-asg' })).toEqual({
      code: 'AlreadyExists',
      message: 'AutoScalingGroup by this name already exists - A group with the name ecs-asg already exists',
    });
    expect(create({ minSize: 5, maxSize: 3 })?.message).toBe(
      'Max bound, 3, must be greater than or equal to min bound, 5',
    );
    expect(create({ desiredCapacity: 9 })?.message).toBe(
      'Desired capacity:9 must be between the specified min size:0 and max size:2',
    );
    expect(create({ launchTemplate: 'nope' })?.code).toBe('ValidationError');
  });
});

describe('newInstancesProtectedFromScaleIn', () => {
  it('is recorded on the group, false unless asked for (§5.6)', () => {
    expect(asgCluster({ cp: false }).state.autoScalingGroups[0]?.newInstancesProtectedFromScaleIn).toBe(false);
    expect(asgCluster().state.autoScalingGroups[0]?.newInstancesProtectedFromScaleIn).toBe(true);
  });

  it('keeps protected instances on scale-in: the desired capacity drops, no instance is terminated (§5.6)', () => {
    let d = asgCluster({ cp: false, desired: 2 });
    d = d
      .send({
        type: 'CreateAutoScalingGroup',
        name: 'kept',
        launchTemplate: 'ecs-lt',
        minSize: 0,
        maxSize: 4,
        desiredCapacity: 2,
        subnetIds: d.state.subnets.map((s) => s.id),
        newInstancesProtectedFromScaleIn: true,
      })
      .wait('2m');
    d = d.send({ type: 'SetDesiredCapacity', name: 'kept', desiredCapacity: 0 }).wait('1m');
    expect(d.state.autoScalingGroups.find((g) => g.name === 'kept')?.desiredCapacity).toBe(0);
    const kept = d.state.instances.filter((i) => i.autoScalingGroup === 'kept');
    expect(kept.map((i) => i.state)).toEqual(['running', 'running']);
    // The unprotected group shrinks as asked.
    d = d.send({ type: 'SetDesiredCapacity', name: 'ecs-asg', desiredCapacity: 0 }).wait('1m');
    expect(inService(d)).toHaveLength(0);
  });
});

describe('setDesiredCapacity', () => {
  it('launches and terminates toward the new capacity, from the AZ with the most first', () => {
    let d = asgCluster({ desired: 3, cp: false }).wait('2m');
    d = d.send({ type: 'SetDesiredCapacity', name: 'ecs-asg', desiredCapacity: 4 });
    expect(inService(d)).toHaveLength(4);
    d = d.wait('1m').send({ type: 'SetDesiredCapacity', name: 'ecs-asg', desiredCapacity: 2 });
    expect(inService(d)).toHaveLength(2);
    expect(new Set(inService(d).map((i) => i.az)).size).toBe(2);
  });

  it('refuses values outside the group’s bounds', () => {
    const d = asgCluster({ cp: false }).send({
      type: 'SetDesiredCapacity',
      name: 'ecs-asg',
      desiredCapacity: 11,
    });
    expect(d.lastError).toEqual({
      code: 'ValidationError',
      message: 'New SetDesiredCapacity value 11 is above max value 10 for the AutoScalingGroup.',
    });
  });

  it('replaces an instance that stopped (EC2 health check)', () => {
    let d = asgCluster({ desired: 2, cp: false }).wait('2m');
    const victim = inService(d)[0];
    d = d.send({ type: 'StopInstances', ids: [victim?.id ?? ''] }).wait('1m');
    expect(d.state.instances.find((i) => i.id === victim?.id)?.state).toMatch(/shutting-down|terminated/);
    expect(inService(d)).toHaveLength(2);
  });
});
