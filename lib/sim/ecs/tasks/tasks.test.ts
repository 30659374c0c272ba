import { describe, expect, it } from 'vitest';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, nginxBridge, nginxStaticPort, webApp, webserverFargate } from '../testing/fixtures';
import { remainingResources } from './reservations';
import { explainLastPlacement } from './place';
import { ecsEngine } from '../engine';

const logsGroup = { type: 'CreateLogGroup' as const, logGroupName: '/ecs/web' };

describe('task lifecycle (§3.1)', () => {
  it('runs a bridge task on EC2 through PENDING and ACTIVATING to RUNNING, reserving its resources', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx');
    expect(d.state.tasks[0]?.lastStatus).toBe('PENDING');
    const ci = () => d.state.containerInstances[0];
    expect(remainingResources(ci()!)).toMatchObject({ cpu: 2048 - 256, memory: 7985 - 256 });
    const seen = new Set<string>();
    for (let i = 0; i < 30; i += 1) {
      d = d.wait('500ms');
      seen.add(d.state.tasks[0]?.lastStatus ?? '');
    }
    expect([...seen]).toEqual(expect.arrayContaining(['ACTIVATING', 'RUNNING']));
    expect(d.state.tasks[0]?.containers[0]?.hostPorts).toEqual([49153]);
  });

  it('stops a task with StopTask: Task stopped by user, UserInitiated, and frees its resources (§3.2)', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx').wait('30s');
    const id = d.state.tasks[0]?.id ?? '';
    d = d.send({ type: 'StopTask', task: id });
    // §3.1: desired STOPPED while the last reported status is still RUNNING.
    expect(d.state.tasks[0]).toMatchObject({ desiredStatus: 'STOPPED', lastStatus: 'RUNNING' });
    const seen = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      d = d.wait('100ms');
      seen.add(d.state.tasks[0]?.lastStatus ?? '');
    }
    expect([...seen]).toEqual(expect.arrayContaining(['STOPPING', 'STOPPED']));
    expect(d.state.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'UserInitiated', stoppedReason: 'Task stopped by user' });
    expect(d.state.containerInstances[0]?.reserved).toEqual({ cpu: 0, memory: 0, ports: [], enis: 0 });
  });

  it('runs the seed’s Fargate task in a subnet with its own ENI and no instance (§6)', () => {
    const d = ecs()
      .cluster('default')
      .register(webserverFargate)
      .runTask('webserver', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK });
    expect(d.state.tasks[0]).toMatchObject({ lastStatus: 'PROVISIONING', launchType: 'FARGATE', containerInstanceId: null });
    const running = d.wait('1m').state.tasks[0];
    expect(running?.lastStatus).toBe('RUNNING');
    expect(running?.eni?.privateIp).toMatch(/^172\.31\./);
  });

  it('refuses awsvpc without a network configuration, and a launch type the definition does not support', () => {
    let d = ecs().cluster('default').register(webserverFargate).runTask('webserver', 1, { launchType: 'FARGATE' });
    expect(d.lastError?.message).toBe("Network Configuration must be provided when networkMode 'awsvpc' is specified.");
    d = d.register(nginxBridge).runTask('nginx', 1, { launchType: 'FARGATE' });
    expect(d.lastError?.message).toBe('Task definition does not support launch_type FARGATE.');
  });

  it('runs a Fargate-compatible definition on EC2 too: compatibilities lists both (§2.2)', () => {
    const d = ecs().withInstances(1).register(webserverFargate).runTask('webserver', 1, { launchType: 'EC2', networkConfiguration: AWSVPC_NETWORK });
    expect(d.lastError).toBeUndefined();
    expect(d.state.tasks[0]?.launchType).toBe('EC2');
  });
});

describe('RunTask placement failures (§3.3, §4.5)', () => {
  it('places one static-port task per instance and reports RESOURCE:PORTS for the rest', () => {
    const d = ecs().withInstances(2).register(nginxStaticPort).runTask('nginx-static', 3);
    expect(d.state.tasks).toHaveLength(2);
    expect(d.lastResponse).toMatchObject({ failures: [{ reason: 'RESOURCE:PORTS' }] });
  });

  it('reports RESOURCE:MEMORY when no instance has the memory', () => {
    const big = { family: 'big', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 7000 }] };
    const d = ecs().withInstances(1).register(big).runTask('big', 2);
    expect(d.state.tasks).toHaveLength(1);
    expect(d.lastResponse).toMatchObject({ failures: [{ reason: 'RESOURCE:MEMORY' }] });
  });

  it('gives awsvpc tasks on an m5.large only its two spare ENIs (RESOURCE:ENI)', () => {
    const d = ecs().withInstances(1).register(webApp('1.4.2')).runTask('web', 3, { launchType: 'EC2', networkConfiguration: AWSVPC_NETWORK });
    expect(d.state.tasks).toHaveLength(2);
    expect(d.lastResponse).toMatchObject({ failures: [{ reason: 'RESOURCE:ENI' }] });
  });

  it('answers an empty cluster with ECS’s message', () => {
    const d = ecs().cluster('default').register(nginxBridge).runTask('nginx');
    expect(d.lastError).toEqual({ code: 'InvalidParameterException', message: 'No Container Instances were found in your cluster.' });
  });
});

describe('tasks that fail (§3.2)', () => {
  it('stops with CannotPullContainerError when the image does not exist', () => {
    const typo = { family: 'typo', containerDefinitions: [{ name: 'web', image: 'ngnix', memory: 128 }] };
    const d = ecs().withInstances(1).register(typo).runTask('typo').wait('1m');
    expect(d.state.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'TaskFailedToStart' });
    expect(d.state.tasks[0]?.stoppedReason).toMatch(/^CannotPullContainerError: .*pull access denied for ngnix/);
  });

  it('cannot pull from private ECR on Fargate when the execution role lacks the permission', () => {
    const d = ecs()
      .cluster('default')
      .send(logsGroup)
      .send({ type: 'DetachRolePolicy', roleName: 'ecsTaskExecutionRole', policyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy' })
      .register(webApp('1.4.2'))
      .runTask('web', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('2m');
    expect(d.state.tasks[0]?.stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: .*assumed-role\/ecsTaskExecutionRole\/.* is not authorized to perform: ecr:GetAuthorizationToken/,
    );
  });

  it('fails to start the log driver when the execution role may not write logs', () => {
    const nginxLogs = {
      ...webserverFargate,
      family: 'logged',
      executionRoleArn: 'arn:aws:iam::123456789012:role/photoApiTaskRole',
      containerDefinitions: [{ name: 'web', image: 'nginx', logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } } }],
    };
    const d = ecs().cluster('default').send(logsGroup).register(nginxLogs).runTask('logged', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK }).wait('2m');
    expect(d.state.tasks[0]?.stoppedReason).toMatch(/^ResourceInitializationError: .*is not authorized to perform: logs:CreateLogStream/);
  });

  it('fails when the awslogs log group does not exist', () => {
    const d = ecs()
      .cluster('default')
      .register(webApp('1.4.2'))
      .runTask('web', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('2m');
    expect(d.state.tasks[0]?.stoppedReason).toContain('ResourceNotFoundException: The specified log group does not exist.');
  });

  it('stops with EssentialContainerExited when the app exits, and its log says why', () => {
    const d = ecs()
      .cluster('default')
      .send(logsGroup)
      .register(webApp('1.6.0'))
      .runTask('web', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('2m');
    expect(d.state.tasks[0]).toMatchObject({ stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' });
    expect(d.state.tasks[0]?.containers[0]?.exitCode).toBe(1);
    expect(d.state.logs.map((l) => l.message)).toContain('Error: DATABASE_URL is not set; refusing to start');
  });

  it('runs the same image once the missing variable is set', () => {
    const d = ecs()
      .cluster('default')
      .send(logsGroup)
      .register(webApp('1.6.0', { environment: [{ name: 'DATABASE_URL', value: 'postgres://db/web' }] }))
      .runTask('web', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('10m');
    expect(d.state.tasks[0]?.lastStatus).toBe('RUNNING');
  });

  it('OOM-kills a leaking container at its hard limit with exit code 137', () => {
    const d = ecs()
      .cluster('default')
      .send(logsGroup)
      .register(webApp('1.7.0', { memory: 300 }))
      .runTask('web', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('10m');
    expect(d.state.tasks[0]?.containers[0]).toMatchObject({ exitCode: 137, reason: 'OutOfMemoryError: Container killed due to memory usage' });
  });

  it('lets an app without a task role fall back to the instance role on EC2, which is denied', () => {
    const photo = {
      family: 'photo',
      containerDefinitions: [{ name: 'api', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/photo-api:1.0.0', memory: 256, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'ecs' } } }],
    };
    const d = ecs().withInstances(1).send(logsGroup).register(photo).runTask('photo').wait('1m');
    expect(d.state.logs.map((l) => l.message).join('\n')).toMatch(/assumed-role\/ecsInstanceRole\/i-0[0-9a-f]+ is not authorized to perform: s3:GetObject/);
  });

  it('marks a container UNHEALTHY after its retries and a healthy one HEALTHY (§2.2)', () => {
    const healthCheck = { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 10, retries: 3 };
    const d = ecs()
      .cluster('default')
      .send(logsGroup)
      .register(webApp('1.8.0', { healthCheck }, 'bad'))
      .register(webApp('1.4.2', { healthCheck }, 'good'))
      .runTask('bad', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .runTask('good', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('3m');
    const health = Object.fromEntries(d.state.tasks.map((t) => [t.group, t.healthStatus]));
    expect(health).toEqual({ 'family:bad': 'UNHEALTHY', 'family:good': 'HEALTHY' });
  });
});

describe('chaos', () => {
  it('kills a container: the essential container exit stops the task', () => {
    let d = ecs().withInstances(1).register(nginxBridge).runTask('nginx').wait('30s');
    d = d.send({ type: 'KillContainer', task: d.state.tasks[0]?.id ?? '', exitCode: 2 }).wait('10s');
    expect(d.state.tasks[0]).toMatchObject({ lastStatus: 'STOPPED', stopCode: 'EssentialContainerExited' });
    expect(d.state.tasks[0]?.containers[0]?.exitCode).toBe(2);
  });

  it('loses an Availability Zone’s instances and tasks, and brings the instances back', () => {
    let d = ecs().cluster('default');
    for (const subnet of d.state.subnets) d = d.withInstances(1, 'm5.large', { subnetId: subnet.id });
    d = d.register(nginxBridge).runTask('nginx', 3, { placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }] }).wait('30s');
    d = d.send({ type: 'FailAvailabilityZone', az: 'us-east-1b' });
    expect(d.state.tasks.filter((t) => t.lastStatus === 'RUNNING').map((t) => t.az).sort()).toEqual(['us-east-1a', 'us-east-1c']);
    d = d.send({ type: 'RestoreAvailabilityZone', az: 'us-east-1b' }).wait('2m');
    expect(d.state.containerInstances.filter((ci) => ci.agentConnected)).toHaveLength(3);
  });
});

describe('explainLastPlacement', () => {
  it('explains the last RunTask instance by instance: the binpack choice and why the others lost (§4.2)', () => {
    const big = { family: 'big', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 6000 }] };
    const small = { family: 'small', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 512 }] };
    let d = ecs().withInstances(3).register(big).register(small).runTask('big', 2).wait('30s');
    expect(explainLastPlacement(d.state)?.filter((row) => row.verdict === 'chosen')).toHaveLength(1);
    d = d.runTask('small', 1, { placementStrategy: [{ type: 'binpack', field: 'memory' }] });
    const rows = explainLastPlacement(d.state) ?? [];
    const chosen = rows.find((row) => row.verdict === 'chosen');
    expect(chosen?.containerInstanceId).toBe(d.tasks((t) => t.group === 'family:small')[0]?.containerInstanceId);
    // binpack on memory picks an instance that already runs a big task (least memory left).
    expect(d.tasks((t) => t.group === 'family:big').map((t) => t.containerInstanceId)).toContain(chosen?.containerInstanceId);
    expect(rows).toHaveLength(3);
  });

  it('says why an instance was filtered out when nothing fits', () => {
    const huge = { family: 'huge', containerDefinitions: [{ name: 'app', image: 'nginx', memory: 9000 }] };
    const d = ecs().withInstances(1).register(huge).runTask('huge');
    expect(explainLastPlacement(d.state)?.[0]).toMatchObject({ verdict: 'filtered', filteredBy: 'MEMORY' });
  });
});

describe('tick additivity with dynamic host ports (core/types.ts contract)', () => {
  it('reuses a port freed by a stopped task the same way however time is split', () => {
    const job = {
      family: 'job',
      containerDefinitions: [{ name: 'job', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/report-job:1.0.0', memory: 128, portMappings: [{ containerPort: 8080, hostPort: 0 }] }],
    };
    const start = ecs(7).withInstances(1).register(job).send({ type: 'CreateService', serviceName: 'jobs', taskDefinition: 'job', desiredCount: 2 }).state;
    const whole = ecsEngine.tick(start, 600_000).state;
    let split = start;
    for (let i = 0; i < 10; i += 1) split = ecsEngine.tick(split, 60_000).state;
    expect(split).toEqual(whole);
    const ports = whole.tasks.flatMap((t) => t.containers.flatMap((c) => c.hostPorts));
    expect(Math.max(...ports)).toBeLessThanOrEqual(49156);
  });
});

describe('RunTask with a capacity provider strategy (§5.6)', () => {
  it('puts base tasks on their provider first, then shares the rest by weight', () => {
    const d = ecs()
      .cluster('default')
      .register(webserverFargate)
      .runTask('webserver', 5, {
        networkConfiguration: AWSVPC_NETWORK,
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', base: 0, weight: 3 },
        ],
      });
    expect(d.lastError).toBeUndefined();
    const byProvider = d.state.tasks.reduce<Record<string, number>>((counts, t) => ({ ...counts, [t.capacityProvider ?? '']: (counts[t.capacityProvider ?? ''] ?? 0) + 1 }), {});
    expect(byProvider).toEqual({ FARGATE: 2, FARGATE_SPOT: 3 });
  });

  it('refuses a launch type and a strategy together', () => {
    const d = ecs()
      .cluster('default')
      .register(webserverFargate)
      .runTask('webserver', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK, capacityProviderStrategy: [{ capacityProvider: 'FARGATE', base: 0, weight: 1 }] });
    expect(d.lastError?.message).toBe('Specify either Launch Type or Capacity Provider Strategy, but not both.');
  });
});
