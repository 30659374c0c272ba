import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import type { ContainerInstance, EcsState, Task } from '../../../sim/ecs/types';
import { containerInstanceVersion } from './container-instance-json';

const CI = {
  id: 'ci1',
  cluster: 'default',
  status: 'ACTIVE',
} as ContainerInstance;

const task = (id: string, lastStatus: Task['lastStatus'], containerInstanceId = 'ci1') =>
  ({ id, cluster: 'default', containerInstanceId, lastStatus }) as Task;

const at = (ci: ContainerInstance, tasks: Task[]): number =>
  containerInstanceVersion(ci, { ...initEcsState(1), containerInstances: [ci], tasks } as EcsState);

describe('containerInstanceVersion', () => {
  it('is 1 for a freshly registered instance and counts only its own tasks (API ContainerInstance.version)', () => {
    expect(at(CI, [])).toBe(1);
    expect(at(CI, [task('other', 'RUNNING', 'ci2')])).toBe(1);
  });

  it('only goes up through a drain: placements, DRAINING, tasks stopping, deregistration (§1.4, §5.9)', () => {
    const draining = { ...CI, status: 'DRAINING' } as ContainerInstance;
    const versions = [
      at(CI, [task('a', 'PENDING')]),
      at(CI, [task('a', 'RUNNING'), task('b', 'PENDING')]),
      at(draining, [task('a', 'RUNNING'), task('b', 'RUNNING')]),
      at(draining, [task('a', 'STOPPED'), task('b', 'RUNNING'), task('c', 'PENDING', 'ci2')]),
      at(draining, [task('a', 'STOPPED'), task('b', 'STOPPED')]),
      at({ ...CI, status: 'INACTIVE' } as ContainerInstance, [task('a', 'STOPPED'), task('b', 'STOPPED')]),
    ];
    for (let index = 1; index < versions.length; index += 1)
      expect(versions[index]).toBeGreaterThan(versions[index - 1] ?? Infinity);
  });
});
