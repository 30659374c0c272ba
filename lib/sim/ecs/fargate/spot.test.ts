import { describe, expect, it } from 'vitest';
import { ECR_REGISTRY } from '../catalog';
import { svc } from '../services/testing/service-driver';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, EXECUTION_ROLE, webApp, webserverFargate } from '../testing/fixtures';
import { SPOT_INTERRUPTED_REASON, SPOT_WINDOWS_UNSUPPORTED } from './spot-rules';

const SPOT_ONLY = [{ capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 }];
const HALF_SPOT = [
  { capacityProvider: 'FARGATE', base: 1, weight: 1 },
  { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 1 },
];

const spotService = (desired: number, strategy = SPOT_ONLY) =>
  svc()
    .send({ type: 'CreateCluster', clusterName: 'default' })
    .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
    .register(webApp('1.4.2'))
    .service('web', 'web', desired, { capacityProviderStrategy: strategy })
    .wait('2m');

describe('a Fargate Spot interruption (reference §3.2, §6)', () => {
  it('sends the warning with desiredStatus STOPPED while lastStatus is still RUNNING, then SIGTERM', () => {
    const d = spotService(2);
    const victim = d.running()[0];
    const after = d.send({ type: 'InterruptSpotTasks', tasks: [victim?.id ?? ''] });
    expect(after.lastError).toBeUndefined();
    expect(after.lastEvents.find((e) => e.kind === 'spot-interruption')?.message).toMatch(
      /is RUNNING, desiredStatus STOPPED, stopCode SpotInterruption: Your Spot Task was interrupted\./,
    );
    const task = after.state.tasks.find((t) => t.id === victim?.id);
    expect(task).toMatchObject({
      desiredStatus: 'STOPPED',
      lastStatus: 'STOPPING',
      stopCode: 'SpotInterruption',
    });
    expect(task?.stoppedReason).toBe(SPOT_INTERRUPTED_REASON);
  });

  it('stops the task with stopCode SpotInterruption and the service replaces it on Fargate Spot', () => {
    const d = spotService(2).send({ type: 'InterruptSpotTasks', count: 1 }).wait('2m');
    const stopped = d.state.tasks.filter((t) => t.lastStatus === 'STOPPED');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]).toMatchObject({
      stopCode: 'SpotInterruption',
      stoppedReason: 'Your Spot Task was interrupted.',
    });
    expect(d.running().map((t) => t.capacityProvider)).toEqual(['FARGATE_SPOT', 'FARGATE_SPOT']);
  });

  it('kills an app that ignores SIGTERM after its stopTimeout (exit code 137), within the two minutes', () => {
    const job = (stopTimeout?: number) => ({
      family: 'job',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      executionRoleArn: EXECUTION_ROLE,
      containerDefinitions: [
        {
          name: 'job',
          image: `${ECR_REGISTRY}/report-job:1.1.0`,
          ...(stopTimeout === undefined ? {} : { stopTimeout }),
        },
      ],
    });
    for (const [stopTimeout, seconds] of [
      [undefined, 30],
      [10, 10],
      [300, 120],
    ] as const) {
      const d = ecs()
        .cluster('default')
        .register(job(stopTimeout))
        .runTask('job', 1, { networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: SPOT_ONLY })
        .wait('40s');
      const id = d.state.tasks[0]?.id ?? '';
      const warned = d.send({ type: 'InterruptSpotTasks', tasks: [id] });
      const at = warned.state.now;
      expect(warned.state.tasks[0]?.nextAt).toBe(at + seconds * 1000);
      const done = warned.wait('3m').state.tasks[0];
      expect(done?.lastStatus).toBe('STOPPED');
      expect(done?.containers[0]?.exitCode).toBe(137);
    }
  });

  it('refuses when no Fargate Spot task is RUNNING, or a named task is not one', () => {
    const d = ecs().cluster('default').register(webserverFargate);
    expect(d.send({ type: 'InterruptSpotTasks' }).lastError?.message).toBe('no Fargate Spot task is RUNNING');
    const onDemand = d
      .runTask('webserver', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('1m');
    const id = onDemand.state.tasks[0]?.id ?? '';
    expect(onDemand.send({ type: 'InterruptSpotTasks', tasks: [id] }).lastError?.message).toBe(
      `task ${id} is not a RUNNING Fargate Spot task`,
    );
  });
});

describe('no Fargate Spot capacity (§6)', () => {
  it('leaves the service short with "Capacity is unavailable" and never falls back to FARGATE', () => {
    // Base 1 on FARGATE, then 4 shared 1:1.
    let d = spotService(5, HALF_SPOT);
    const byProvider = () =>
      d
        .running()
        .map((t) => t.capacityProvider)
        .sort();
    expect(byProvider()).toEqual(['FARGATE', 'FARGATE', 'FARGATE', 'FARGATE_SPOT', 'FARGATE_SPOT']);
    d = d
      .send({ type: 'SetFargateSpotCapacity', available: false })
      .send({ type: 'InterruptSpotTasks', count: 2 })
      .wait('3m');
    expect(byProvider()).toEqual(['FARGATE', 'FARGATE', 'FARGATE']);
    expect(d.messages()).toContain(
      '(service web) was unable to place a task. Reason: Capacity is unavailable at this time. Please try again later or in a different availability zone.',
    );
    d = d.send({ type: 'SetFargateSpotCapacity', available: true }).wait('2m');
    expect(byProvider()).toEqual(['FARGATE', 'FARGATE', 'FARGATE', 'FARGATE_SPOT', 'FARGATE_SPOT']);
  });

  it('answers RunTask on FARGATE_SPOT with the capacity reason in failures[]', () => {
    const d = ecs()
      .cluster('default')
      .register(webserverFargate)
      .send({ type: 'SetFargateSpotCapacity', available: false })
      .runTask('webserver', 2, { networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: SPOT_ONLY });
    expect(d.lastResponse).toEqual({
      taskArns: [],
      failures: [
        {
          arn: '',
          reason:
            'Capacity is unavailable at this time. Please try again later or in a different availability zone',
        },
        {
          arn: '',
          reason:
            'Capacity is unavailable at this time. Please try again later or in a different availability zone',
        },
      ],
    });
  });

  it('says so when the switch is already where it is asked to go', () => {
    expect(ecs().send({ type: 'SetFargateSpotCapacity', available: true }).lastError?.message).toBe(
      'Fargate Spot capacity is already available',
    );
  });
});

describe('what Fargate Spot runs (§5.6)', () => {
  it('refuses Windows tasks', () => {
    const d = ecs()
      .cluster('default')
      .register({
        ...webserverFargate,
        family: 'win',
        cpu: '1024',
        memory: '2048',
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE', cpuArchitecture: 'X86_64' },
      })
      .runTask('win', 1, { networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: SPOT_ONLY });
    expect(d.lastError).toEqual({ code: 'InvalidParameterException', message: SPOT_WINDOWS_UNSUPPORTED });
  });

  it('runs ARM64 tasks (Graviton Spot, since September 2024) on platform version 1.4.0', () => {
    const d = ecs()
      .cluster('default')
      .register({
        ...webserverFargate,
        family: 'arm',
        runtimePlatform: { operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' },
      })
      .runTask('arm', 1, { networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: SPOT_ONLY })
      .wait('1m');
    expect(d.lastError).toBeUndefined();
    expect(d.state.tasks[0]).toMatchObject({
      capacityProvider: 'FARGATE_SPOT',
      lastStatus: 'RUNNING',
      platformVersion: '1.4.0',
    });
  });
});
