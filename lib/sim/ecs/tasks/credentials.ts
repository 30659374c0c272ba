import { ACCOUNT_ID, policiesAllow, roleNameFromArn } from '../catalog';
import type { EcsState, Task, TaskDefinition } from '../types';

/**
 * Which role's credentials a call runs with, and whether that role allows the action.
 * - The app inside a container uses the task role; without one, on EC2 the SDK falls back to the
 *   instance profile through the instance metadata service, and on Fargate it finds none.
 * - The agent pulls private ECR images and writes awslogs with the task execution role; on EC2
 *   without one it uses the instance role (§2.2, the classic mix-up the lessons teach).
 */
export type Caller = { kind: 'role'; role: string; session: string } | { kind: 'none' };

export function appCaller(state: Pick<EcsState, 'instances'>, task: Task, def: TaskDefinition): Caller {
  const taskRole = def.taskRoleArn === null ? null : roleNameFromArn(def.taskRoleArn);
  if (taskRole !== null) return { kind: 'role', role: taskRole, session: task.id };
  return instanceCaller(state, task);
}

export function agentCaller(state: Pick<EcsState, 'instances'>, task: Task, def: TaskDefinition): Caller {
  const executionRole = def.executionRoleArn === null ? null : roleNameFromArn(def.executionRoleArn);
  if (executionRole !== null) return { kind: 'role', role: executionRole, session: task.id };
  return instanceCaller(state, task);
}

function instanceCaller(state: Pick<EcsState, 'instances'>, task: Task): Caller {
  if (task.ec2InstanceId === null) return { kind: 'none' };
  const instance = state.instances.find((i) => i.id === task.ec2InstanceId);
  if (instance?.instanceProfile === null || instance === undefined) return { kind: 'none' };
  return { kind: 'role', role: instance.instanceProfile, session: instance.id };
}

export function callerAllows(state: Pick<EcsState, 'roles'>, caller: Caller, action: string): boolean {
  if (caller.kind === 'none') return false;
  const role = state.roles.find((r) => r.name === caller.role);
  return role !== undefined && policiesAllow(role.policies, action);
}

/** IAM's AccessDenied sentence for an assumed role. */
export function notAuthorized(caller: Caller, action: string, resource: string): string {
  const user = caller.kind === 'role' ? `arn:aws:sts::${ACCOUNT_ID}:assumed-role/${caller.role}/${caller.session}` : 'anonymous';
  return `User: ${user} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`;
}
