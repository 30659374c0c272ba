import type { ContainerInstance, EcsState, Task } from '../../types';

/**
 * An ECS state holding only container instances and tasks (test-only). candidatesFor reads
 * nothing else (no EC2 instances: none is stopping), so the rest is left out rather than tracking every change to `EcsState`.
 */
export function ecsState(containerInstances: readonly ContainerInstance[], tasks: readonly Task[]): EcsState {
  const fields: Pick<EcsState, 'now' | 'seed' | 'rng' | 'containerInstances' | 'tasks' | 'instances'> = {
    now: 0,
    seed: 1,
    rng: 1,
    containerInstances,
    tasks,
    instances: [],
  };
  return fields as EcsState;
}

let serial = 0;

/** The task fields placement reads (candidatesFor, chooseTasksToStop). */
type PlacementTaskFields = Pick<
  Task,
  | 'id'
  | 'arn'
  | 'cluster'
  | 'launchType'
  | 'containerInstanceId'
  | 'ec2InstanceId'
  | 'az'
  | 'lastStatus'
  | 'desiredStatus'
  | 'group'
  | 'serviceName'
  | 'cpu'
  | 'memory'
  | 'reserved'
>;

/**
 * A RUNNING EC2 task of `service:web` on `ci-0` reserving 256 CPU units and 512 MiB. Only the
 * fields placement reads are filled in, so the fixture does not follow every change to `Task`.
 */
export function task(overrides: Partial<PlacementTaskFields> = {}): Task {
  serial += 1;
  const id = overrides.id ?? `t-${serial}`;
  const fields: PlacementTaskFields = {
    id,
    arn: `arn:aws:ecs:us-east-1:123456789012:task/default/${id}`,
    cluster: 'default',
    launchType: 'EC2',
    containerInstanceId: 'ci-0',
    ec2InstanceId: 'i-00000000000000000',
    az: 'us-east-1a',
    lastStatus: 'RUNNING',
    desiredStatus: 'RUNNING',
    group: 'service:web',
    serviceName: 'web',
    cpu: 256,
    memory: 512,
    reserved: { cpu: 256, memory: 512, ports: [], enis: 0 },
    ...overrides,
  };
  return fields as Task;
}
