import { describe, expect, it } from 'vitest';
import { MANAGED_TERMINATION_PROTECTION_NEEDS_SCALE_IN_PROTECTION } from './capacity-providers';
import { ONE_BASE_ONLY } from './strategy';
import { asgCluster } from './testing/asg-cluster';


describe('createCapacityProvider', () => {
  it('wraps an Auto Scaling group with managed scaling and termination protection (§5.6)', () => {
    const d = asgCluster();
    expect(d.state.capacityProviders[0]).toMatchObject({
      name: 'cp1',
      arn: 'arn:aws:ecs:us-east-1:123456789012:capacity-provider/cp1',
      autoScalingGroupArn: d.state.autoScalingGroups[0]?.arn,
      managedScaling: { status: 'ENABLED', targetCapacity: 100 },
      managedTerminationProtection: 'ENABLED',
    });
    expect(d.state.clusters[0]).toMatchObject({
      capacityProviders: ['cp1'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'cp1', base: 0, weight: 1 }],
    });
  });

  it('refuses reserved names and a group another provider uses', () => {
    const d = asgCluster();
    const create = (name: string) =>
      d.send({
        type: 'CreateCapacityProvider',
        name,
        autoScalingGroupArn: d.state.autoScalingGroups[0]?.arn ?? '',
        managedScalingStatus: 'ENABLED',
        targetCapacity: 100,
        minimumScalingStepSize: 1,
        maximumScalingStepSize: 10,
        managedTerminationProtection: 'DISABLED',
      }).lastError;
    expect(create('fargate-extra')?.code).toBe('InvalidParameterException');
    expect(create('cp2')?.code).toBe('ClientException');
  });
});

describe('createCapacityProvider with managed termination protection', () => {
  it('refuses a group that does not protect new instances from scale-in, in ECS’s words (§5.6)', () => {
    const d = asgCluster({ cp: false });
    const create = (arn: string) =>
      d.send({
        type: 'CreateCapacityProvider',
        name: 'cp1',
        autoScalingGroupArn: arn,
        managedScalingStatus: 'ENABLED',
        targetCapacity: 100,
        minimumScalingStepSize: 1,
        maximumScalingStepSize: 10,
        managedTerminationProtection: 'ENABLED',
      });
    expect(create(d.state.autoScalingGroups[0]?.arn ?? '').lastError).toEqual({
      code: 'ClientException',
      message: MANAGED_TERMINATION_PROTECTION_NEEDS_SCALE_IN_PROTECTION,
    });
    const protectedGroup = d.send({
      type: 'CreateAutoScalingGroup',
      name: 'protected',
      launchTemplate: 'ecs-lt',
      minSize: 0,
      maxSize: 2,
      desiredCapacity: 0,
      subnetIds: [d.state.subnets[0]?.id ?? ''],
      newInstancesProtectedFromScaleIn: true,
    });
    const arn = protectedGroup.state.autoScalingGroups.find((g) => g.name === 'protected')?.arn ?? '';
    expect(
      protectedGroup
        .send({
          type: 'CreateCapacityProvider',
          name: 'cp1',
          autoScalingGroupArn: arn,
          managedScalingStatus: 'ENABLED',
          targetCapacity: 100,
          minimumScalingStepSize: 1,
          maximumScalingStepSize: 10,
          managedTerminationProtection: 'ENABLED',
        }).lastError,
    ).toBeUndefined();
  });
});

describe('putClusterCapacityProviders', () => {
  it('refuses a default strategy where more than one provider sets a base (§5.6)', () => {
    const d = asgCluster().send({
      type: 'PutClusterCapacityProviders',
      cluster: 'default',
      capacityProviders: ['cp1', 'FARGATE', 'FARGATE_SPOT'],
      defaultCapacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 1, weight: 1 },
        { capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 },
      ],
    });
    expect(d.lastError).toEqual({ code: 'InvalidParameterException', message: ONE_BASE_ONLY });
    expect(d.state.clusters[0]?.defaultCapacityProviderStrategy).toEqual([
      { capacityProvider: 'cp1', base: 0, weight: 1 },
    ]);
  });


  it('refuses an unknown provider and a default strategy naming one not attached', () => {
    const d = asgCluster({ cp: false });
    expect(
      d.send({
        type: 'PutClusterCapacityProviders',
        cluster: 'default',
        capacityProviders: ['nope'],
        defaultCapacityProviderStrategy: [],
      }).lastError?.message,
    ).toBe('The specified capacity provider does not exist. Specify a valid name or ARN and try again.');
    expect(
      d.send({
        type: 'PutClusterCapacityProviders',
        cluster: 'default',
        capacityProviders: ['FARGATE'],
        defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 }],
      }).lastError?.message,
    ).toMatch(
      /^The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster\./,
    );
  });

  it('refuses to remove a provider a service uses', () => {
    const d = asgCluster().service('web', 'web', 1).send({
      type: 'PutClusterCapacityProviders',
      cluster: 'default',
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
    });
    expect(d.lastError?.code).toBe('ResourceInUseException');
  });
});
