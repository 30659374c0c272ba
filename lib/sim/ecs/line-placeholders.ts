import type { EcsState, Task } from './types';

/**
 * Lessons' scripted console lines name objects whose ids come from the seed (a task, an instance),
 * so a learner who picks a new seed would run lines that name nothing. A lesson writes a
 * placeholder instead, resolved against the state at the moment the line runs:
 *
 * - `{task:SERVICE}`: the service's oldest RUNNING task id
 * - `{stopped-task:SERVICE}`: the service's most recently stopped task id
 *   (both also name a family's standalone tasks, those run-task started in the group `family:NAME`,
 *   when no service by that name has tasks)
 * - `{instance:AZ}` / `{container-instance:AZ}`: the first ACTIVE container instance in that
 *   Availability Zone (its EC2 instance id / its container instance id)
 * - `{target-group:NAME}`: the target group's ARN
 * - `{auto-scaling-group:NAME}`: the Auto Scaling group's ARN
 *
 * A placeholder that matches nothing is left as written, so the tool's own error says what is wrong.
 */
const PLACEHOLDER =
  /\{(task|stopped-task|instance|container-instance|target-group|auto-scaling-group):([A-Za-z0-9._-]+)\}/g;

/** The service's tasks, or else the family's standalone ones (run-task's default group, §3.1). */
function tasksNamed(state: EcsState, name: string): Task[] {
  const ofService = state.tasks.filter((task) => task.serviceName === name);
  return ofService.length > 0
    ? ofService
    : state.tasks.filter((task) => task.serviceName === null && task.group === `family:${name}`);
}

const byStart = (a: Task, b: Task) => (a.startedAt ?? 0) - (b.startedAt ?? 0) || a.id.localeCompare(b.id);

function resolveOne(state: EcsState, kind: string, name: string): string | undefined {
  switch (kind) {
    case 'task':
      return tasksNamed(state, name)
        .filter((task) => task.lastStatus === 'RUNNING')
        .sort(byStart)[0]?.id;
    case 'stopped-task':
      return tasksNamed(state, name)
        .filter((task) => task.lastStatus === 'STOPPED')
        .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0) || a.id.localeCompare(b.id))[0]?.id;
    case 'instance':
    case 'container-instance': {
      const found = state.containerInstances.find(
        (ci) => ci.status === 'ACTIVE' && ci.attributes['ecs.availability-zone'] === name,
      );
      return kind === 'instance' ? found?.ec2InstanceId : found?.id;
    }
    case 'target-group':
      return state.targetGroups.find((group) => group.name === name)?.arn;
    case 'auto-scaling-group':
      return state.autoScalingGroups.find((group) => group.name === name)?.arn;
    default:
      return undefined;
  }
}

export function resolveEcsPlaceholders(line: string, state: EcsState): string {
  return line.replace(
    PLACEHOLDER,
    (whole, kind: string, name: string) => resolveOne(state, kind, name) ?? whole,
  );
}
