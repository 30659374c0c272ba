import { describe, expect, it } from 'vitest';
import { ecsConsole } from '../ecs-console-driver';

const WEB = JSON.stringify({
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
});
const CREATE =
  'aws ecs create-service --service-name web --task-definition web --desired-count 2 --launch-type FARGATE ' +
  '--network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829],assignPublicIp=ENABLED}"';

interface ServiceJson {
  status: string;
  desiredCount: number;
  runningCount: number;
  pendingCount: number;
  deployments: {
    status: string;
    rolloutState: string;
    desiredCount: number;
    runningCount: number;
    pendingCount: number;
    failedTasks: number;
  }[];
  events: { message: string }[];
}

const withService = () =>
  ecsConsole(1, { 'web.json': WEB }).setup(
    'aws ecs create-cluster',
    'aws ecs register-task-definition --cli-input-json file://web.json',
    CREATE,
  );

describe('aws ecs services on Fargate (§5, §6)', () => {
  it('answers create-service with the service as created: no tasks counted, no events (aws-cli create-service.rst)', () => {
    const json = withService().json<{ service: ServiceJson }>().service;
    expect(json).toMatchObject({ status: 'ACTIVE', desiredCount: 2, runningCount: 0, pendingCount: 0 });
    expect(json.events).toEqual([]);
    expect(json.deployments).toMatchObject([
      {
        status: 'PRIMARY',
        desiredCount: 2,
        runningCount: 0,
        pendingCount: 0,
        failedTasks: 0,
        rolloutState: 'IN_PROGRESS',
      },
    ]);
  });

  it('shows the tasks the scheduler started in the next describe-services (§5.1)', () => {
    const sim = withService();
    expect(sim.state.tasks.length).toBe(2);
    const service = sim.type('aws ecs describe-services --services web').json<{ services: ServiceJson[] }>()
      .services[0];
    expect(service).toMatchObject({ runningCount: 0, pendingCount: 2 });
    expect(service?.deployments).toMatchObject([{ pendingCount: 2 }]);
    expect(service?.events[0]?.message).toMatch(/^\(service web\) has started 2 tasks/);
  });

  it('describes the steady state once the tasks run, newest event first (§5.2)', () => {
    const json = withService().wait(60_000).type('aws ecs describe-services --services web').json<{
      services: ServiceJson[];
    }>();
    const service = json.services[0];
    expect(service).toMatchObject({ runningCount: 2, pendingCount: 0 });
    expect(service?.events[0]?.message).toBe('(service web) has reached a steady state.');
    expect(service?.deployments[0]?.rolloutState).toBe('COMPLETED');
  });

  it('refuses an awsvpc service without a network configuration, with a line to copy', () => {
    const sim = ecsConsole(1, { 'web.json': WEB })
      .setup('aws ecs create-cluster', 'aws ecs register-task-definition --cli-input-json file://web.json')
      .type(
        'aws ecs create-service --service-name web --task-definition web --desired-count 1 --launch-type FARGATE',
      );
    expect(sim.toolOutput()).toMatch(
      /^An error occurred \(InvalidParameterException\) when calling the CreateService/,
    );
    expect(sim.hint()).toContain(
      '--network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718]',
    );
  });

  it('scales with update-service; the tasks it stops are listed under --desired-status STOPPED', () => {
    const sim = withService().wait(60_000).type('aws ecs update-service --service web --desired-count 0');
    expect(sim.json<{ service: ServiceJson }>().service).toMatchObject({ desiredCount: 0, pendingCount: 0 });
    const tasks = sim
      .type('aws ecs list-tasks --service-name web --desired-status STOPPED')
      .json<{ taskArns: string[] }>();
    expect(tasks.taskArns).toHaveLength(2);
  });

  it('refuses to delete a service scaled above 0 without --force, and says what to do', () => {
    const sim = withService().type('aws ecs delete-service --service web');
    expect(sim.toolOutput()).toMatch(
      /^An error occurred \(InvalidParameterException\) when calling the DeleteService/,
    );
    expect(sim.hint()).toBe(
      'Dockyard: scale it to 0 first (aws ecs update-service --service web --desired-count 0) or add --force.',
    );
    expect(
      withService().type('aws ecs delete-service --service web --force').json<{ service: ServiceJson }>()
        .service.status,
    ).toBe('DRAINING');
  });

  it('lists the service and describes a missing one as a failure', () => {
    const sim = withService();
    expect(sim.type('aws ecs list-services').json()).toEqual({
      serviceArns: ['arn:aws:ecs:us-east-1:123456789012:service/default/web'],
    });
    expect(sim.type('aws ecs describe-services --services api').json()).toEqual({
      services: [],
      failures: [{ arn: 'arn:aws:ecs:us-east-1:123456789012:service/default/api', reason: 'MISSING' }],
    });
  });
});
