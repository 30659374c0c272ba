import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzTimeout, scenarioRuns } from '@/lib/testing/fuzz-runs';
import type { EcsCommand } from '../commands';
import { checkEcsInvariants } from '../invariants';
import { nextChangeAt } from '../tick';
import { ECS_AMI } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, nginxBridge, webApp } from '../testing/fixtures';
import { nextServicesChangeAt } from './schedule';
import { svc, type ServiceDriver } from './testing/service-driver';


/**
 * Random sequences of service, load balancer, scaling and fault commands: the engine never throws,
 * the state's invariants hold after every step, and the next scheduled instant is always ahead.
 */
type Step = { readonly command: (d: ServiceDriver) => EcsCommand | null } | { readonly wait: number };

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ wait: fc.integer({ min: 1, max: 240_000 }) }),
  fc
    .tuple(
      fc.constantFrom('web', 'api'),
      fc.integer({ min: 0, max: 6 }),
      fc.constantFrom('EC2', 'FARGATE', 'CP'),
    )
    .map(([name, count, capacity]) => ({
      command: (d: ServiceDriver): EcsCommand => ({
        type: 'CreateService',
        serviceName: name,
        taskDefinition: name === 'web' ? 'web' : 'nginx',
        desiredCount: count,
        ...(capacity === 'CP'
          ? {}
          : { launchType: name === 'api' ? 'EC2' : (capacity as 'EC2' | 'FARGATE') }),
        ...(name === 'web' ? { networkConfiguration: AWSVPC_NETWORK } : {}),
        ...(name === 'web' && d.state.targetGroups[0] !== undefined
          ? {
              loadBalancers: [
                { targetGroupArn: d.state.targetGroups[0].arn, containerName: 'web', containerPort: 8080 },
              ],
            }
          : {}),
        deploymentConfiguration: { circuitBreaker: { enable: true, rollback: count % 2 === 0 } },
      }),
    })),
  fc
    .tuple(fc.constantFrom('web', 'api'), fc.integer({ min: 0, max: 8 }), fc.boolean())
    .map(([name, count, force]) => ({
      command: (): EcsCommand => ({
        type: 'UpdateService',
        service: name,
        desiredCount: count,
        forceNewDeployment: force,
      }),
    })),
  fc.constantFrom('1.5.0', '1.6.0', '1.7.0', '1.8.0', '9.9.9').map((tag) => ({
    command: (): EcsCommand => ({ type: 'RegisterTaskDefinition', input: webApp(tag) as never }),
  })),
  fc.constant({
    command: (): EcsCommand => ({ type: 'UpdateService', service: 'web', taskDefinition: 'web' }),
  }),
  fc.tuple(fc.constantFrom('web', 'api'), fc.boolean()).map(([name, force]) => ({
    command: (): EcsCommand => ({ type: 'DeleteService', service: name, force }),
  })),
  fc
    .constantFrom('us-east-1a', 'us-east-1b')
    .chain((az) =>
      fc.constantFrom(
        { command: (): EcsCommand => ({ type: 'FailAvailabilityZone', az }) },
        { command: (): EcsCommand => ({ type: 'RestoreAvailabilityZone', az }) },
      ),
    ),
  fc.nat(30).map((n) => ({
    command: (d: ServiceDriver): EcsCommand | null => {
      const ci = pick(
        d.state.containerInstances.filter((c) => c.status === 'ACTIVE'),
        n,
      );
      return ci === undefined
        ? null
        : { type: 'UpdateContainerInstancesState', containerInstances: [ci.id], status: 'DRAINING' };
    },
  })),
  fc.nat(30).map((n) => ({
    command: (d: ServiceDriver): EcsCommand | null => {
      const instance = pick(
        d.state.instances.filter((i) => i.state === 'running'),
        n,
      );
      return instance === undefined ? null : { type: 'TerminateInstances', ids: [instance.id] };
    },
  })),
  fc.nat(30).map((n) => ({
    command: (d: ServiceDriver): EcsCommand | null => {
      const task = pick(
        d.state.tasks.filter((t) => t.lastStatus === 'RUNNING'),
        n,
      );
      return task === undefined ? null : { type: 'KillContainer', task: task.id, exitCode: 1 };
    },
  })),
  fc.integer({ min: 0, max: 10 }).map((n) => ({
    command: (): EcsCommand => ({ type: 'SetDesiredCapacity', name: 'asg', desiredCapacity: n }),
  })),
  fc
    .integer({ min: 0, max: 3_000 })
    .map((rps) => ({ command: (): EcsCommand => ({ type: 'SetLoad', service: 'web', rps }) })),
  fc.constant({
    command: (): EcsCommand => ({
      type: 'RegisterScalableTarget',
      resourceId: 'service/default/web',
      minCapacity: 1,
      maxCapacity: 6,
    }),
  }),
  fc.constant({
    command: (): EcsCommand => ({
      type: 'PutScalingPolicy',
      resourceId: 'service/default/web',
      policyName: 'cpu',
      targetValue: 50,
      metric: 'ECSServiceAverageCPUUtilization',
      scaleOutCooldown: 60,
      scaleInCooldown: 60,
    }),
  }),
);

function setup(seed: number): ServiceDriver {
  let d = svc(seed)
    .instances(1)
    .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
    .register(webApp('1.4.2'))
    .register(nginxBridge)
    .targetGroup('web-tg')
    .send({
      type: 'CreateLaunchTemplate',
      name: 'lt',
      imageId: ECS_AMI,
      instanceType: 't3.medium',
      instanceProfile: 'ecsInstanceRole',
      userData: null,
    });
  d = d.send({
    type: 'CreateAutoScalingGroup',
    name: 'asg',
    launchTemplate: 'lt',
    minSize: 0,
    maxSize: 10,
    desiredCapacity: 0,
    subnetIds: AWSVPC_NETWORK.subnets,
    newInstancesProtectedFromScaleIn: true,
  });
  d = d.send({
    type: 'CreateCapacityProvider',
    name: 'cp',
    autoScalingGroupArn: d.state.autoScalingGroups[0]?.arn ?? '',
    managedScalingStatus: 'ENABLED',
    targetCapacity: 100,
    minimumScalingStepSize: 1,
    maximumScalingStepSize: 5,
    managedTerminationProtection: 'ENABLED',
  });
  return d.send({
    type: 'PutClusterCapacityProviders',
    cluster: 'default',
    capacityProviders: ['cp'],
    defaultCapacityProviderStrategy: [{ capacityProvider: 'cp', base: 0, weight: 1 }],
  });
}

describe('the service layer under random commands (properties)', () => {
  it(
    'never throws, keeps the invariants and always schedules ahead of now',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 10_000 }),
          fc.array(stepArb, { minLength: 8, maxLength: 30 }),
          async (seed, steps) => {
            await breathe(5);
            let d = setup(seed);
            for (const step of steps) {
              if ('wait' in step) d = d.wait(step.wait);
              else {
                const command = step.command(d);
                if (command !== null) d = d.send(command);
              }
              expect(checkEcsInvariants(d.state)).toEqual([]);
              const next = nextChangeAt(d.state);
              if (next !== null) expect(next).toBeGreaterThan(d.state.now);
              const mine = nextServicesChangeAt(d.state);
              if (mine !== null) expect(mine).toBeGreaterThan(d.state.now);
              for (const service of d.state.services) expect(service.events.length).toBeLessThanOrEqual(100);
            }
          },
        ),
        { numRuns: scenarioRuns(40) },
      );
    },
    fuzzTimeout(2_000),
  );
});
