import type { EcsState } from '@/lib/sim/ecs/types';
import { remainingResources } from '@/lib/sim/ecs/tasks/reservations';
import { grouped } from './ecs-lines';
import type { FactTable } from './types';

/** The cluster's container instances with what they have left: the picture's numbers as a table. */
export function instanceFacts(state: EcsState): FactTable {
  const rows = state.containerInstances
    .filter((ci) => ci.status === 'ACTIVE')
    .map((ci) => {
      const instance = state.instances.find((candidate) => candidate.id === ci.ec2InstanceId);
      const left = remainingResources(ci);
      const tasks = state.tasks.filter(
        (task) => task.containerInstanceId === ci.id && task.desiredStatus === 'RUNNING',
      );
      return [
        ci.ec2InstanceId,
        instance?.instanceType ?? '',
        instance?.az ?? '',
        String(tasks.length),
        `${grouped(left.cpu)} of ${grouped(ci.registered.cpu)}`,
        `${grouped(left.memory)} of ${grouped(ci.registered.memory)}`,
      ];
    });
  return {
    caption: 'Before: what each container instance has left for new tasks',
    columns: ['Instance', 'Type', 'Zone', 'Tasks', 'CPU units left', 'Memory left (MiB)'],
    rows,
  };
}
