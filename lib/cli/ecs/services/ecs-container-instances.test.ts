import { describe, expect, it } from 'vitest';
import { clusterWithInstances } from '../ecs-console-driver';

interface Resource {
  name: string;
  type: string;
  integerValue: number;
  stringSetValue?: string[];
}
interface InstanceJson {
  ec2InstanceId: string;
  status: string;
  agentConnected: boolean;
  registeredResources: Resource[];
  remainingResources: Resource[];
  runningTasksCount: number;
  attributes: { name: string; value?: string }[];
}

const value = (resources: Resource[], name: string) => resources.find((r) => r.name === name);

describe('aws ecs describe-container-instances', () => {
  it('shows registered and remaining CPU, memory and ports as the API lists them (§1.3)', () => {
    const sim = clusterWithInstances();
    const ci = sim.state.containerInstances[0];
    const out = sim.type(`aws ecs describe-container-instances --container-instances ${ci?.id ?? ''}`);
    const json = out.json<{ containerInstances: InstanceJson[]; failures: unknown[] }>();
    const described = json.containerInstances[0];
    expect(described).toMatchObject({
      status: 'ACTIVE',
      agentConnected: true,
      ec2InstanceId: ci?.ec2InstanceId,
    });
    expect(value(described?.registeredResources ?? [], 'CPU')).toMatchObject({
      type: 'INTEGER',
      integerValue: 2048,
    });
    expect(value(described?.registeredResources ?? [], 'MEMORY')?.integerValue).toBe(7985);
    expect(value(described?.registeredResources ?? [], 'PORTS')?.stringSetValue).toEqual([
      '22',
      '2375',
      '2376',
      '51678',
      '51679',
    ]);
    // Python prints doubleValue as a float.
    expect(out.output).toContain('"doubleValue": 0.0,');
    expect(described?.attributes).toContainEqual({ name: 'ecs.instance-type', value: 'm5.large' });
  });

  it('subtracts what a placed task reserves from remainingResources (§1.3)', () => {
    const sim = clusterWithInstances()
      .setup(
        'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=512,cpu=256',
        'aws ecs run-task --task-definition web',
      )
      .wait(30_000);
    const task = sim.state.tasks[0];
    const out = sim.type(
      `aws ecs describe-container-instances --container-instances ${task?.containerInstanceId ?? ''}`,
    );
    const described = out.json<{ containerInstances: InstanceJson[] }>().containerInstances[0];
    expect(value(described?.remainingResources ?? [], 'MEMORY')?.integerValue).toBe(7985 - 512);
    expect(value(described?.remainingResources ?? [], 'CPU')?.integerValue).toBe(2048 - 256);
    expect(described?.runningTasksCount).toBe(1);
  });

  it('drains an instance with update-container-instances-state (§1.4)', () => {
    const sim = clusterWithInstances();
    const id = sim.state.containerInstances[0]?.id ?? '';
    const out = sim.type(
      `aws ecs update-container-instances-state --container-instances ${id} --status DRAINING`,
    );
    expect(out.json<{ containerInstances: InstanceJson[]; failures: unknown[] }>()).toMatchObject({
      containerInstances: [{ status: 'DRAINING' }],
      failures: [],
    });
    expect(out.type('aws ecs list-container-instances --status DRAINING').json()).toEqual({
      containerInstanceArns: [sim.state.containerInstances[0]?.arn],
    });
  });

  it('never shows a lower version after a drain than the drain answered (API ContainerInstance.version)', () => {
    const sim = clusterWithInstances().setup(
      'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256,cpu=256',
      'aws ecs create-service --service-name web --task-definition web --desired-count 6',
    );
    const busy = sim.wait(60_000);
    const id = busy.state.tasks[0]?.containerInstanceId ?? '';
    const describe = (driver: typeof busy) =>
      driver
        .type(`aws ecs describe-container-instances --container-instances ${id}`)
        .json<{ containerInstances: { version: number }[] }>().containerInstances[0]?.version ?? 0;
    const before = describe(busy);
    const drained = busy.type(
      `aws ecs update-container-instances-state --container-instances ${id} --status DRAINING`,
    );
    const answered =
      drained.json<{ containerInstances: { version: number }[] }>().containerInstances[0]?.version ?? 0;
    expect(answered).toBeGreaterThan(before);
    let later = drained;
    let last = answered;
    for (let minute = 0; minute < 5; minute += 1) {
      later = later.wait(60_000);
      const version = describe(later);
      expect(version).toBeGreaterThanOrEqual(last);
      last = version;
    }
    // The drain stopped the instance's tasks: each stop is a change of its own.
    expect(last).toBeGreaterThan(answered);
  });

  it('lists a missing container instance as a MISSING failure', () => {
    const out = clusterWithInstances().type(
      'aws ecs describe-container-instances --container-instances nope',
    );
    expect(out.json()).toEqual({
      containerInstances: [],
      failures: [
        { arn: 'arn:aws:ecs:us-east-1:123456789012:container-instance/default/nope', reason: 'MISSING' },
      ],
    });
  });

  it('deregisters an instance: INACTIVE, and gone from the list (§1.4)', () => {
    const sim = clusterWithInstances();
    const id = sim.state.containerInstances[0]?.id ?? '';
    const out = sim.type(`aws ecs deregister-container-instance --container-instance ${id}`);
    expect(out.json<{ containerInstance: InstanceJson }>().containerInstance.status).toBe('INACTIVE');
    expect(
      out.type('aws ecs list-container-instances').json<{ containerInstanceArns: string[] }>()
        .containerInstanceArns,
    ).toHaveLength(2);
  });
});
