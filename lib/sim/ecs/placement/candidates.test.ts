import { describe, expect, it } from 'vitest';
import { AGENT_VERSION } from '../catalog';
import { candidatesFor } from './candidates';
import { containerInstance } from './testing/fleet';
import { ecsState, task } from './testing/state';

const instances = [
  containerInstance(0),
  containerInstance(1),
  containerInstance(2, { status: 'DRAINING' }),
  containerInstance(3, { status: 'INACTIVE' }),
  { ...containerInstance(4), cluster: 'other' },
];

describe('candidatesFor', () => {
  it('lists the cluster’s instances except INACTIVE ones, in state order (§1.4)', () => {
    const candidates = candidatesFor(ecsState(instances, []), 'default', 'service:web');
    expect(candidates.map((c) => c.instance.id)).toEqual(['ci-0', 'ci-1', 'ci-2']);
    expect(candidates[0]).toMatchObject({
      groupTasks: 0,
      serviceTasks: 0,
      runningTasksCount: 0,
      taskGroups: [],
      agentVersion: AGENT_VERSION,
    });
  });

  it('counts the group’s tasks that have not stopped and are meant to keep running', () => {
    const tasks = [
      task({ containerInstanceId: 'ci-0' }),
      task({ containerInstanceId: 'ci-0', lastStatus: 'PENDING' }),
      task({ containerInstanceId: 'ci-0', lastStatus: 'STOPPED', desiredStatus: 'STOPPED' }),
      task({ containerInstanceId: 'ci-0', desiredStatus: 'STOPPED' }),
      task({ containerInstanceId: 'ci-1', group: 'family:batch', serviceName: null }),
      task({ containerInstanceId: 'ci-1', cluster: 'other' }),
    ];
    const [first, second] = candidatesFor(ecsState(instances, tasks), 'default', 'service:web');
    expect(first).toMatchObject({
      groupTasks: 2,
      serviceTasks: 2,
      runningTasksCount: 2,
      taskGroups: ['service:web'],
    });
    expect(second).toMatchObject({
      groupTasks: 0,
      serviceTasks: 0,
      runningTasksCount: 1,
      taskGroups: ['family:batch'],
    });
  });

  it('counts a service’s tasks by serviceName, and a family group’s by group (§4.2)', () => {
    const tasks = [
      task({ containerInstanceId: 'ci-0', group: 'service:web', serviceName: 'web' }),
      task({ containerInstanceId: 'ci-0', group: 'family:web', serviceName: null }),
    ];
    const state = ecsState(instances, tasks);
    expect(candidatesFor(state, 'default', 'service:web')[0]).toMatchObject({
      groupTasks: 1,
      serviceTasks: 1,
    });
    expect(candidatesFor(state, 'default', 'family:web')[0]).toMatchObject({
      groupTasks: 1,
      serviceTasks: 1,
    });
    expect(candidatesFor(state, 'default', 'family:web')[0]?.taskGroups).toEqual([
      'service:web',
      'family:web',
    ]);
  });
});
