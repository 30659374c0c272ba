import type { EcsState, Task, TaskDefinition } from '../types';

export function definitionOf(state: Pick<EcsState, 'taskDefinitions'>, task: Pick<Task, 'taskDefinitionArn'>): TaskDefinition | undefined {
  return state.taskDefinitions.find((d) => d.arn === task.taskDefinitionArn);
}

/** A task by id or ARN within a cluster. */
export function findTask(state: Pick<EcsState, 'tasks'>, cluster: string, ref: string): Task | undefined {
  const id = ref.includes('/') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
  return state.tasks.find((t) => t.cluster === cluster && t.id === id);
}

export function isLive(task: Task): boolean {
  return task.lastStatus !== 'STOPPED';
}
