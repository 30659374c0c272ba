import { svc, type ServiceDriver } from '../../services/testing/service-driver';
import { ECS_AMI } from '../../testing/ecs-driver';
import { nginxBridge } from '../../testing/fixtures';

/**
 * Test setup: the `default` cluster, the `ecs-lt` launch template (ECS-optimized AMI, t3.medium,
 * ecsInstanceRole, joins `default`), the `ecs-asg` group over the three subnets and, with `cp`, the
 * `cp1` capacity provider as the cluster's default strategy.
 */
export function asgCluster(
  options: { desired?: number; max?: number; cp?: boolean; protection?: boolean; target?: number } = {},
): ServiceDriver {
  let d = svc()
    .send({ type: 'CreateCluster', clusterName: 'default' })
    .register({ ...nginxBridge, family: 'web' })
    .send({
      type: 'CreateLaunchTemplate',
      name: 'ecs-lt',
      imageId: ECS_AMI,
      instanceType: 't3.medium',
      instanceProfile: 'ecsInstanceRole',
      userData: '#!/bin/bash\necho ECS_CLUSTER=default >> /etc/ecs/ecs.config',
    });
  d = d.send({
    type: 'CreateAutoScalingGroup',
    name: 'ecs-asg',
    launchTemplate: 'ecs-lt',
    minSize: 0,
    maxSize: options.max ?? 10,
    desiredCapacity: options.desired ?? 0,
    subnetIds: d.state.subnets.map((s) => s.id),
    // Managed termination protection needs the group to protect new instances (§5.6).
    ...(options.cp !== false && options.protection !== false
      ? { newInstancesProtectedFromScaleIn: true }
      : {}),
  });
  if (options.cp === false) return d;
  d = d.send({
    type: 'CreateCapacityProvider',
    name: 'cp1',
    autoScalingGroupArn: d.state.autoScalingGroups[0]?.arn ?? '',
    managedScalingStatus: 'ENABLED',
    targetCapacity: options.target ?? 100,
    minimumScalingStepSize: 1,
    maximumScalingStepSize: 10,
    managedTerminationProtection: options.protection === false ? 'DISABLED' : 'ENABLED',
  });
  return d.send({
    type: 'PutClusterCapacityProviders',
    cluster: 'default',
    capacityProviders: ['cp1'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'cp1', base: 0, weight: 1 }],
  });
}
