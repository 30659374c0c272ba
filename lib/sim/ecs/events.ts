import type { World } from './world';
import { emit } from './world';
import type { Task } from './types';

/** The task id as the console shows it: the last part of the ARN. */
export function shortTaskId(task: Pick<Task, 'id'>): string {
  return task.id;
}

/** EventBridge's "EC2 Instance State-change Notification" wording. */
export function ec2StateChange(world: World, id: string, state: string): void {
  emit(world, `instance-${state}`, state === 'running' ? 'success' : 'info', `EC2 Instance State-change Notification: ${id} is now ${state}`);
}

/** EventBridge's "ECS Task State Change" in a sentence. */
export function taskStateChange(world: World, task: Task, level: 'info' | 'success' | 'warning' | 'error' = 'info'): void {
  const who = task.serviceName === null ? task.group : `service ${task.serviceName}`;
  const where =
    task.ec2InstanceId ??
    (task.launchType === 'FARGATE'
      ? `${task.capacityProvider === 'FARGATE_SPOT' ? 'Fargate Spot' : 'Fargate'}, ${task.az}`
      : 'waiting for an EC2 instance');
  const reason = task.lastStatus === 'STOPPED' && task.stoppedReason !== null ? `: ${task.stoppedReason}` : '';
  emit(
    world,
    `task-${task.lastStatus.toLowerCase()}`,
    level,
    `ECS Task State Change: task ${task.id} (${who}, ${where}) is ${task.lastStatus}${reason}`,
  );
}
