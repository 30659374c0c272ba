import {
  CAPACITY_PROVIDER_STRATEGY,
  NETWORK_CONFIGURATION,
  PLACEMENT_CONSTRAINTS,
  PLACEMENT_STRATEGY,
  TAGS,
} from '../../aws/param-validation';
import { arn } from '../../../sim/ecs/catalog';
import { clusterName, findCluster } from '../../../sim/ecs/clusters';
import type { EcsCommandOf } from '../../../sim/ecs/commands';
import { findTask } from '../../../sim/ecs/tasks/find';
import type { EcsState, Task } from '../../../sim/ecs/types';
import { withHint } from '../../suggest';
import { fail, print } from '../../types';
import { awsJson } from '../format/aws-json';
import { taskJson } from '../format/task-json';
import { clusterHint, ecsErrorHint } from '../hints';
import {
  apiError,
  dispatch,
  int,
  param,
  printJson,
  record,
  str,
  strings,
  type Operation,
  type Outcome,
  type Result,
} from '../operation';
import {
  capacityProviderStrategyOf,
  launchTypeOf,
  networkConfigurationOf,
  placementConstraintsOf,
  placementStrategyOf,
} from './ecs-request';
import { enumError } from './ecs-task-definitions';

/** `aws ecs` task operations (reference §3). */

export const clusterNotFound = (api: string, state: EcsState, ref: string | undefined): Result =>
  apiError(api, 'ClusterNotFoundException', 'Cluster not found.', clusterHint(state, ref));

/** Why RunTask could not place a task, in plain words (reference §3.3 failure reasons). */
export function failureHint(reason: string): string {
  if (reason.startsWith('RESOURCE:MEMORY'))
    return 'no container instance has enough memory left for this task: compare the task size with remainingResources in aws ecs describe-container-instances.';
  if (reason.startsWith('RESOURCE:CPU'))
    return 'no container instance has enough CPU units left: see remainingResources in aws ecs describe-container-instances.';
  if (reason.startsWith('RESOURCE:PORTS'))
    return 'every instance already uses a host port this task needs: use hostPort 0 (dynamic) in bridge mode, or awsvpc.';
  if (reason.startsWith('RESOURCE:ENI'))
    return 'the instances have no free network interfaces for awsvpc tasks: use a larger instance type or bridge mode.';
  if (reason.startsWith('AGENT')) return 'the ECS agent on the instance is not connected.';
  if (reason.startsWith('Capacity is unavailable'))
    return 'Fargate has no capacity for it now: Fargate Spot may have none to spare (ECS does not fall back to FARGATE), or every subnet given is in an Availability Zone that is down. Try again later, or use capacityProvider=FARGATE.';
  if (reason.startsWith("You've reached the limit on the number of vCPUs"))
    return "the account's Fargate vCPU quota (6 on-demand and 6 Spot by default) is taken by tasks that have not stopped: stop some, or ask for smaller tasks (raising a quota is not simulated).";
  if (reason.startsWith('ATTRIBUTE'))
    return 'no instance matches a placement constraint or required attribute (see attributes in aws ecs describe-container-instances).';
  return 'aws ecs describe-container-instances shows what each instance has left.';
}

function newTaskArns(outcome: Outcome): string[] {
  const response = record(outcome.response);
  const given = response === undefined ? undefined : strings(response, 'taskArns');
  if (given !== undefined) return given;
  const known = new Set(outcome.before.tasks.map((task) => task.arn));
  return outcome.after.tasks.filter((task) => !known.has(task.arn)).map((task) => task.arn);
}

function renderRunTask(outcome: Outcome): string {
  const tasks = newTaskArns(outcome)
    .map((taskArn) => outcome.after.tasks.find((task) => task.arn === taskArn))
    .filter((task): task is Task => task !== undefined);
  const failures = (record(outcome.response)?.['failures'] as unknown[] | undefined) ?? [];
  const json = awsJson({ tasks: tasks.map((task) => taskJson(task, outcome.after)), failures });
  const first = record(failures[0]);
  const reason = first === undefined ? undefined : str(first, 'reason');
  return reason === undefined ? json : withHint(json, failureHint(reason));
}

const runTask: Operation = {
  name: 'run-task',
  api: 'RunTask',
  summary: 'start standalone tasks (--task-definition FAMILY[:REV] --count N)',
  params: [
    param(
      '--capacity-provider-strategy',
      'capacityProviderStrategy',
      'list',
      false,
      CAPACITY_PROVIDER_STRATEGY,
    ),
    param('--cluster', 'cluster', 'string'),
    param('--count', 'count', 'integer'),
    param('--enable-ecs-managed-tags', 'enableECSManagedTags', 'boolean'),
    param('--enable-execute-command', 'enableExecuteCommand', 'boolean'),
    param('--group', 'group', 'string'),
    param('--launch-type', 'launchType', 'string'),
    param('--network-configuration', 'networkConfiguration', 'structure', false, NETWORK_CONFIGURATION),
    param('--overrides', 'overrides', 'structure'),
    param('--placement-constraints', 'placementConstraints', 'list', false, PLACEMENT_CONSTRAINTS),
    param('--placement-strategy', 'placementStrategy', 'list', false, PLACEMENT_STRATEGY),
    param('--platform-version', 'platformVersion', 'string'),
    param('--propagate-tags', 'propagateTags', 'string'),
    param('--reference-id', 'referenceId', 'string'),
    param('--started-by', 'startedBy', 'string'),
    param('--tags', 'tags', 'list', false, TAGS),
    param('--task-definition', 'taskDefinition', 'string', true),
    param('--client-token', 'clientToken', 'string'),
  ],
  run(input, { state }) {
    const launchType = launchTypeOf('RunTask', input);
    if (!launchType.ok) return launchType.result;
    const network = networkConfigurationOf('RunTask', input);
    if (!network.ok) return network.result;
    if (input['overrides'] !== undefined)
      return fail('Dockyard: --overrides is not simulated; register a new revision with the change instead.');
    const cluster = str(input, 'cluster');
    const strategy = placementStrategyOf(input);
    const constraints = placementConstraintsOf(input);
    const providers = capacityProviderStrategyOf(input);
    const group = str(input, 'group');
    const startedBy = str(input, 'startedBy');
    const platformVersion = str(input, 'platformVersion');
    const command: EcsCommandOf<'RunTask'> = {
      type: 'RunTask',
      ...(cluster === undefined ? {} : { cluster }),
      taskDefinition: str(input, 'taskDefinition') ?? '',
      count: int(input, 'count') ?? 1,
      ...(launchType.value === undefined ? {} : { launchType: launchType.value }),
      ...(providers === undefined ? {} : { capacityProviderStrategy: providers }),
      ...(network.value === undefined ? {} : { networkConfiguration: network.value }),
      ...(strategy === undefined ? {} : { placementStrategy: strategy }),
      ...(constraints === undefined ? {} : { placementConstraints: constraints }),
      ...(group === undefined ? {} : { group }),
      ...(startedBy === undefined ? {} : { startedBy }),
      ...(platformVersion === undefined ? {} : { platformVersion }),
    };
    return dispatch('RunTask', command, renderRunTask, (error) => ecsErrorHint(error, state, cluster));
  },
};

const stopTask: Operation = {
  name: 'stop-task',
  api: 'StopTask',
  summary: 'stop a task (--task ID [--reason TEXT])',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--task', 'task', 'string', true),
    param('--reason', 'reason', 'string'),
  ],
  run(input, { state }) {
    const cluster = str(input, 'cluster');
    const ref = str(input, 'task') ?? '';
    const reason = str(input, 'reason');
    return dispatch(
      'StopTask',
      {
        type: 'StopTask',
        ...(cluster === undefined ? {} : { cluster }),
        task: ref,
        ...(reason === undefined ? {} : { reason }),
      },
      ({ after }) => {
        const task = findTask(after, clusterName(cluster), ref);
        return awsJson({ task: task === undefined ? null : taskJson(task, after) });
      },
      (error) =>
        error.code === 'InvalidParameterException' && /task/i.test(error.message)
          ? 'aws ecs list-tasks lists the task ids in the cluster.'
          : ecsErrorHint(error, state, cluster),
    );
  },
};

const familyOf = (task: Task): string =>
  /task-definition\/([^:]+):\d+$/.exec(task.taskDefinitionArn)?.[1] ?? task.taskDefinitionArn;

const DESIRED = ['RUNNING', 'PENDING', 'STOPPED'];

const listTasks: Operation = {
  name: 'list-tasks',
  api: 'ListTasks',
  summary: 'list task ARNs (--service-name, --family, --desired-status STOPPED)',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--container-instance', 'containerInstance', 'string'),
    param('--family', 'family', 'string'),
    param('--started-by', 'startedBy', 'string'),
    param('--service-name', 'serviceName', 'string'),
    param('--desired-status', 'desiredStatus', 'string'),
    param('--launch-type', 'launchType', 'string'),
  ],
  run(input, { state }) {
    const ref = str(input, 'cluster');
    const cluster = findCluster(state, ref);
    if (cluster === undefined) return clusterNotFound('ListTasks', state, ref);
    const desired = str(input, 'desiredStatus') ?? 'RUNNING';
    if (!DESIRED.includes(desired)) return enumError('ListTasks', 'desiredStatus', desired, DESIRED);
    const launchType = launchTypeOf('ListTasks', input);
    if (!launchType.ok) return launchType.result;
    const serviceName = str(input, 'serviceName');
    // Observed: `ServiceNotFoundException: Service not found.` (turbot/steampipe-plugin-aws#1415).
    if (
      serviceName !== undefined &&
      !state.services.some((service) => service.cluster === cluster.name && service.name === serviceName)
    )
      return apiError(
        'ListTasks',
        'ServiceNotFoundException',
        'Service not found.',
        'aws ecs list-services shows the services in this cluster.',
      );
    const instanceRef = str(input, 'containerInstance');
    const instanceId = instanceRef?.slice(instanceRef.lastIndexOf('/') + 1);
    const family = str(input, 'family');
    const startedBy = str(input, 'startedBy');
    const arns = state.tasks
      .filter(
        (task) =>
          task.cluster === cluster.name &&
          task.desiredStatus === desired &&
          (serviceName === undefined || task.serviceName === serviceName) &&
          (instanceId === undefined || task.containerInstanceId === instanceId) &&
          (family === undefined || familyOf(task) === family) &&
          (startedBy === undefined || task.startedBy === startedBy) &&
          (launchType.value === undefined || task.launchType === launchType.value),
      )
      .map((task) => task.arn);
    return printJson({ taskArns: arns });
  },
};

const describeTasks: Operation = {
  name: 'describe-tasks',
  api: 'DescribeTasks',
  summary: 'show tasks: status, containers, exit codes, stopped reason',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--tasks', 'tasks', 'strings', true),
    param('--include', 'include', 'strings'),
  ],
  run(input, { state }) {
    const ref = str(input, 'cluster');
    const cluster = findCluster(state, ref);
    if (cluster === undefined) return clusterNotFound('DescribeTasks', state, ref);
    const refs = strings(input, 'tasks') ?? [];
    // Only --cli-input-json can send an empty list (observed: sil-org/ecs-deploy#63).
    if (refs.length === 0)
      return apiError('DescribeTasks', 'InvalidParameterException', 'Tasks cannot be empty.');
    const tasks: Record<string, unknown>[] = [];
    const failures: Record<string, unknown>[] = [];
    for (const taskRef of refs) {
      const task = findTask(state, cluster.name, taskRef);
      if (task === undefined)
        failures.push({
          arn: taskRef.startsWith('arn:') ? taskRef : arn('ecs', `task/${cluster.name}/${taskRef}`),
          reason: 'MISSING',
        });
      else tasks.push(taskJson(task, state));
    }
    const json = awsJson({ tasks, failures });
    return failures.length > 0 && tasks.length === 0
      ? print(
          withHint(
            json,
            'aws ecs list-tasks lists the tasks of this cluster (add --desired-status STOPPED for stopped ones).',
          ),
        )
      : print(json);
  },
};

export const TASK_OPERATIONS: readonly Operation[] = [runTask, stopTask, listTasks, describeTasks];
