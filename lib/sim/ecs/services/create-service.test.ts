import { describe, expect, it } from 'vitest';
import { AWSVPC_NETWORK, nginxBridge } from '../testing/fixtures';
import { ONE_BASE_ONLY } from '../scaling/strategy';
import { openWorld } from '../world';
import { createService } from './create-service';
import { svc, webFleet } from './testing/service-driver';


describe('createService', () => {
  it('creates an ACTIVE REPLICA service with a PRIMARY deployment and the 100/200 defaults (§4.2, §5.3)', () => {
    const d = webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2' });
    const service = d.svc();
    expect(service).toMatchObject({
      status: 'ACTIVE',
      schedulingStrategy: 'REPLICA',
      launchType: 'EC2',
      desiredCount: 2,
      arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/web',
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        circuitBreaker: { enable: false, rollback: false },
      },
      healthCheckGracePeriodSeconds: 0,
    });
    expect(service.deployments).toHaveLength(1);
    const primary = service.deployments[0];
    expect(primary?.id).toMatch(/^ecs-svc\/\d{19}$/);
    expect(primary).toMatchObject({
      status: 'PRIMARY',
      rolloutState: 'IN_PROGRESS',
      rolloutStateReason: `ECS deployment ${primary?.id} in progress.`,
    });
  });

  it('starts the tasks at once with startedBy = the deployment id and group service:NAME (§3.1)', () => {
    const d = webFleet('1.4.2').service('web', 'web', 2, { lb: 'web-tg', launchType: 'EC2' });
    const id = d.svc().deployments[0]?.id;
    expect(d.live()).toHaveLength(2);
    for (const task of d.live())
      expect(task).toMatchObject({
        startedBy: id,
        group: 'service:web',
        serviceName: 'web',
        deploymentId: id,
      });
    expect(d.messages()[0]).toBe(
      `(service web) has started 2 tasks: ${d
        .live()
        .map((t) => `(task ${t.id})`)
        .join(' ')}.`,
    );
  });

  it('refuses a name in use: Creation of service was not idempotent.', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2' })
      .service('web', 'web', 1, { launchType: 'EC2' });
    expect(d.lastError).toEqual({
      code: 'InvalidParameterException',
      message: 'Creation of service was not idempotent.',
    });
  });

  it('refuses a target group without a load balancer', () => {
    const d = webFleet('1.4.2');
    const group = d.group('web-tg');
    const world = openWorld({ ...d.state, targetGroups: [{ ...group, loadBalancerArn: null }] });
    const result = createService(world, {
      type: 'CreateService',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 1,
      networkConfiguration: AWSVPC_NETWORK,
      loadBalancers: [{ targetGroupArn: group.arn, containerName: 'web', containerPort: 8080 }],
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'InvalidParameterException',
        message: `The target group with targetGroupArn ${group.arn} does not have an associated load balancer.`,
      },
    });
  });

  it('checks the load balancer link against the task definition (container, port, target type)', () => {
    const base = webFleet('1.4.2');
    const arn = base.group('web-tg').arn;
    const create = (containerName: string, containerPort: number) =>
      base.send({
        type: 'CreateService',
        serviceName: 'web',
        taskDefinition: 'web',
        desiredCount: 1,
        launchType: 'EC2',
        networkConfiguration: AWSVPC_NETWORK,
        loadBalancers: [{ targetGroupArn: arn, containerName, containerPort }],
      }).lastError;
    expect(create('app', 8080)).toEqual({
      code: 'InvalidParameterException',
      message: 'The container app does not exist in the task definition.',
    });
    expect(create('web', 80)).toEqual({
      code: 'InvalidParameterException',
      message: 'The container web did not have a container port 80 defined.',
    });
    const instanceGroup = base.targetGroup('web-instance', 'instance');
    const mismatch = instanceGroup.service('web', 'web', 1, {
      lb: 'web-instance',
      launchType: 'EC2',
    }).lastError;
    expect(mismatch?.message).toBe(
      `The provided target group ${instanceGroup.group('web-instance').arn} has target type instance, which is incompatible with the awsvpc network mode specified in the task definition.`,
    );
  });

  it('answers an unknown target group with ECS’s role message', () => {
    const d = webFleet('1.4.2').send({
      type: 'CreateService',
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 1,
      networkConfiguration: AWSVPC_NETWORK,
      loadBalancers: [
        {
          targetGroupArn:
            'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/nope/0123456789abcdef',
          containerName: 'web',
          containerPort: 8080,
        },
      ],
    });
    expect(d.lastError?.message).toBe(
      'Unable to assume role and validate the specified targetGroupArn. Please verify that the ECS service role being passed has the proper permissions.',
    );
  });

  it('refuses a launch type the task definition does not support', () => {
    const d = svc()
      .instances(1)
      .register(nginxBridge)
      .service('web', 'nginx', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK });
    expect(d.lastError).toEqual({
      code: 'InvalidParameterException',
      message: 'Task definition does not support launch_type FARGATE.',
    });
  });

  it('refuses a DAEMON service with a desired count or on Fargate (§5.1)', () => {
    const d = svc().instances(1).register(nginxBridge);
    expect(d.service('agent', 'nginx', 1, { schedulingStrategy: 'DAEMON' }).lastError?.message).toBe(
      'The daemon scheduling strategy does not support a desired count for services.',
    );
    const fargate = webFleet('1.4.2', { lb: false }).service('agent', 'web', null, { launchType: 'FARGATE' });
    expect(fargate.lastError?.code).toBe('InvalidParameterException');
    expect(fargate.state.services).toHaveLength(0);
  });

  it('refuses a launch type together with a capacity provider strategy (§5.6)', () => {
    const d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, {
      launchType: 'FARGATE',
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }],
    });
    expect(d.lastError?.message).toBe(
      'Specify either Launch Type or Capacity Provider Strategy, but not both.',
    );
  });

  it('refuses a strategy where more than one provider sets a base (§5.6)', () => {
    const d = webFleet('1.4.2', { lb: false })
      .send({
        type: 'PutClusterCapacityProviders',
        cluster: 'default',
        capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
        defaultCapacityProviderStrategy: [],
      })
      .service('web', 'web', 1, {
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 },
        ],
      });
    expect(d.lastError).toEqual({ code: 'InvalidParameterException', message: ONE_BASE_ONLY });
    expect(d.state.services).toHaveLength(0);
  });

  it('answers an unknown cluster with ClusterNotFoundException', () => {
    const d = webFleet('1.4.2', { lb: false }).service('web', 'web', 1, { cluster: 'nope' });
    expect(d.lastError).toEqual({ code: 'ClusterNotFoundException', message: 'Cluster not found.' });
  });

  it('copies the cluster’s default capacity provider strategy when given neither (§5.6)', () => {
    let d = webFleet('1.4.2', { lb: false });
    d = d.send({
      type: 'PutClusterCapacityProviders',
      cluster: 'default',
      capacityProviders: ['FARGATE'],
      defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }],
    });
    d = d.service('web', 'web', 1);
    expect(d.svc()).toMatchObject({
      launchType: null,
      capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }],
    });
    expect(d.live()[0]).toMatchObject({ launchType: 'FARGATE', capacityProvider: 'FARGATE' });
  });
});
