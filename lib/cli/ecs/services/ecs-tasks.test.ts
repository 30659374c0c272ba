import { describe, expect, it } from 'vitest';
import { clusterWithInstances, ecsConsole } from '../ecs-console-driver';

const WEB =
  'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256';
const BIG =
  'aws ecs register-task-definition --family big --container-definitions name=big,image=nginx,memory=7000';

interface TaskJson {
  taskArn: string;
  lastStatus: string;
  desiredStatus: string;
  containerInstanceArn?: string;
  containers: { name: string; lastStatus: string; exitCode?: number }[];
  stoppedReason?: string;
  stopCode?: string;
  pullStoppedAt?: string;
  group: string;
}

describe('aws ecs run-task', () => {
  it('prints tasks[] and failures[] with the API key order (§3.3)', () => {
    const sim = clusterWithInstances().setup(WEB).type('aws ecs run-task --task-definition web --count 2');
    const json = sim.json<{ tasks: TaskJson[]; failures: unknown[] }>();
    expect(json.failures).toEqual([]);
    expect(json.tasks).toHaveLength(2);
    expect(json.tasks[0]).toMatchObject({
      lastStatus: 'PENDING',
      desiredStatus: 'RUNNING',
      group: 'family:web',
    });
    expect(Object.keys(json.tasks[0] ?? {}).slice(0, 4)).toEqual([
      'attachments',
      'attributes',
      'availabilityZone',
      'clusterArn',
    ]);
    expect(json.tasks[0]?.containerInstanceArn).toMatch(
      /^arn:aws:ecs:us-east-1:123456789012:container-instance\/default\//,
    );
  });

  it('shows no timestamp the task has not reached yet', () => {
    const sim = clusterWithInstances().setup(WEB).type('aws ecs run-task --task-definition web');
    expect(sim.json<{ tasks: TaskJson[] }>().tasks[0]?.pullStoppedAt).toBeUndefined();
  });

  it('reports tasks it could not place in failures[], with a hint on what to check (§3.3)', () => {
    // 7000 MiB fits once on each m5.large (7985 MiB registered): three tasks, the fourth fails.
    const sim = clusterWithInstances().setup(BIG).type('aws ecs run-task --task-definition big --count 4');
    expect(sim.isError).toBe(false);
    const json = JSON.parse(sim.toolOutput()) as { tasks: unknown[]; failures: { reason: string }[] };
    expect(json.tasks).toHaveLength(3);
    expect(json.failures[0]?.reason).toBe('RESOURCE:MEMORY');
    expect(sim.hint()).toMatch(/^Dockyard: no container instance has enough memory left/);
  });

  it("passes the engine's refusal through in the CLI format, with a hint", () => {
    const sim = ecsConsole()
      .setup('aws ecs create-cluster', WEB)
      .type('aws ecs run-task --task-definition web');
    expect(sim.toolOutput()).toBe(
      'An error occurred (InvalidParameterException) when calling the RunTask operation: No Container Instances were found in your cluster.',
    );
    expect(sim.hint()).toMatch(/^Dockyard: this cluster has no EC2 capacity/);
  });

  it('answers an unknown cluster with ClusterNotFoundException', () => {
    const sim = clusterWithInstances()
      .setup(WEB)
      .type('aws ecs run-task --cluster prod --task-definition web');
    expect(sim.toolOutput()).toBe(
      'An error occurred (ClusterNotFoundException) when calling the RunTask operation: Cluster not found.',
    );
    expect(sim.hint()).toBe('Dockyard: clusters here: default (aws ecs list-clusters).');
  });
});

describe('aws ecs describe-tasks, list-tasks and stop-task', () => {
  const running = () =>
    clusterWithInstances().setup(WEB, 'aws ecs run-task --task-definition web').wait(30_000);

  it('lists the running tasks, and the stopped ones with --desired-status STOPPED', () => {
    const sim = running();
    const [task] = sim.state.tasks;
    expect(sim.type('aws ecs list-tasks').json()).toEqual({ taskArns: [task?.arn] });
    expect(sim.type('aws ecs list-tasks --family web').json()).toEqual({ taskArns: [task?.arn] });
    expect(sim.type('aws ecs list-tasks --desired-status STOPPED').json()).toEqual({ taskArns: [] });
  });

  it('describes a task by id, and a missing one as a MISSING failure', () => {
    const sim = running();
    const id = sim.state.tasks[0]?.id ?? '';
    const json = sim
      .type(`aws ecs describe-tasks --tasks ${id} 0123456789abcdef0123456789abcdef`)
      .toolOutput();
    const parsed = JSON.parse(json) as { tasks: TaskJson[]; failures: unknown[] };
    expect(parsed.tasks[0]).toMatchObject({
      lastStatus: 'RUNNING',
      containers: [{ name: 'web', lastStatus: 'RUNNING' }],
    });
    expect(parsed.failures).toEqual([
      {
        arn: 'arn:aws:ecs:us-east-1:123456789012:task/default/0123456789abcdef0123456789abcdef',
        reason: 'MISSING',
      },
    ]);
  });

  it('stops a task with the default reason, then shows it STOPPED (§3.2)', () => {
    const sim = running();
    const id = sim.state.tasks[0]?.id ?? '';
    const stopping = sim.type(`aws ecs stop-task --task ${id}`);
    expect(stopping.json<{ task: TaskJson }>().task.desiredStatus).toBe('STOPPED');
    const stopped = stopping.wait(60_000).type(`aws ecs describe-tasks --tasks ${id}`);
    expect(stopped.json<{ tasks: TaskJson[] }>().tasks[0]).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'UserInitiated',
      stoppedReason: 'Task stopped by user',
    });
  });

  it('answers list-tasks for an unknown service with ServiceNotFoundException', () => {
    expect(running().type('aws ecs list-tasks --service-name nope').toolOutput()).toBe(
      'An error occurred (ServiceNotFoundException) when calling the ListTasks operation: Service not found.',
    );
  });

  it('refuses an unknown --desired-status in the validation format', () => {
    expect(running().type('aws ecs list-tasks --desired-status DONE').toolOutput()).toContain(
      "Value 'DONE' at 'desiredStatus' failed to satisfy constraint: Member must satisfy enum value set: [RUNNING, PENDING, STOPPED]",
    );
  });
});
