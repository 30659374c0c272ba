import { describeTaskDefinitionRef } from '../../../sim/ecs/taskdef';
import type { EcsState, TaskDefinition } from '../../../sim/ecs/types';
import { REGISTER_TASK_DEFINITION_INPUT } from '../../aws/param-validation';
import { awsJson } from '../format/aws-json';
import { taskDefinitionJson } from '../format/task-definition-json';
import { ecsErrorHint } from '../hints';
import { registrationHint } from '../registration-hints';
import { apiError, dispatch, param, printJson, str, type Operation } from '../operation';

/** `aws ecs` task definition operations (reference §2). */

/** The revision DescribeTaskDefinition shows (ACTIVE or INACTIVE, §2.5), or undefined. */
export function lookupTaskDefinition(state: EcsState, ref: string): TaskDefinition | undefined {
  const resolved = describeTaskDefinitionRef(state, ref);
  return resolved.ok ? resolved.definition : undefined;
}

const registerTaskDefinition: Operation = {
  name: 'register-task-definition',
  api: 'RegisterTaskDefinition',
  summary: 'register a new revision of a task definition family',
  shape: REGISTER_TASK_DEFINITION_INPUT,
  params: [
    param('--family', 'family', 'string', true),
    param('--task-role-arn', 'taskRoleArn', 'string'),
    param('--execution-role-arn', 'executionRoleArn', 'string'),
    param('--network-mode', 'networkMode', 'string'),
    param('--container-definitions', 'containerDefinitions', 'list', true),
    param('--volumes', 'volumes', 'list'),
    param('--placement-constraints', 'placementConstraints', 'list'),
    param('--requires-compatibilities', 'requiresCompatibilities', 'strings'),
    param('--cpu', 'cpu', 'string'),
    param('--memory', 'memory', 'string'),
    param('--tags', 'tags', 'list'),
    param('--pid-mode', 'pidMode', 'string'),
    param('--ipc-mode', 'ipcMode', 'string'),
    param('--proxy-configuration', 'proxyConfiguration', 'structure'),
    param('--inference-accelerators', 'inferenceAccelerators', 'list'),
    param('--ephemeral-storage', 'ephemeralStorage', 'structure'),
    param('--runtime-platform', 'runtimePlatform', 'structure'),
    param('--enable-fault-injection', 'enableFaultInjection', 'boolean'),
  ],
  run(input, { state }) {
    return dispatch(
      'RegisterTaskDefinition',
      { type: 'RegisterTaskDefinition', input: JSON.parse(JSON.stringify(input)) as unknown },
      ({ before, after }) => {
        const known = new Set(before.taskDefinitions.map((def) => def.arn));
        const added = after.taskDefinitions.find((def) => !known.has(def.arn));
        return awsJson({ taskDefinition: added === undefined ? null : taskDefinitionJson(added) });
      },
      (error) => registrationHint(error, input, state) ?? ecsErrorHint(error, state),
    );
  },
};

const deregisterTaskDefinition: Operation = {
  name: 'deregister-task-definition',
  api: 'DeregisterTaskDefinition',
  summary: 'mark a revision INACTIVE (running tasks keep it)',
  params: [param('--task-definition', 'taskDefinition', 'string', true)],
  run(input, { state }) {
    const ref = str(input, 'taskDefinition') ?? '';
    return dispatch(
      'DeregisterTaskDefinition',
      { type: 'DeregisterTaskDefinition', taskDefinition: ref },
      ({ after }) => {
        const def = lookupTaskDefinition(after, ref);
        return awsJson({ taskDefinition: def === undefined ? null : taskDefinitionJson(def) });
      },
      (error) => ecsErrorHint(error, state),
    );
  },
};

const STATUSES = ['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS'];

const listTaskDefinitions: Operation = {
  name: 'list-task-definitions',
  api: 'ListTaskDefinitions',
  summary: 'list revisions (--family-prefix FAMILY, --status INACTIVE)',
  params: [
    param('--family-prefix', 'familyPrefix', 'string'),
    param('--status', 'status', 'string'),
    param('--sort', 'sort', 'string'),
  ],
  run(input, { state }) {
    const status = str(input, 'status') ?? 'ACTIVE';
    const sort = str(input, 'sort') ?? 'ASC';
    if (!STATUSES.includes(status)) return enumError('ListTaskDefinitions', 'status', status, STATUSES);
    if (sort !== 'ASC' && sort !== 'DESC')
      return enumError('ListTaskDefinitions', 'sort', sort, ['ASC', 'DESC']);
    // Despite its name, familyPrefix names one whole family (API ListTaskDefinitions).
    const family = str(input, 'familyPrefix');
    const arns = state.taskDefinitions
      .filter((def) => def.status === status && (family === undefined || def.family === family))
      .sort((a, b) => a.family.localeCompare(b.family) || a.revision - b.revision)
      .map((def) => def.arn);
    return printJson({ taskDefinitionArns: sort === 'DESC' ? arns.reverse() : arns });
  },
};

const listTaskDefinitionFamilies: Operation = {
  name: 'list-task-definition-families',
  api: 'ListTaskDefinitionFamilies',
  summary: 'list family names (--family-prefix P, --status ALL)',
  params: [param('--family-prefix', 'familyPrefix', 'string'), param('--status', 'status', 'string')],
  run(input, { state }) {
    const status = str(input, 'status') ?? 'ACTIVE';
    if (!['ACTIVE', 'INACTIVE', 'ALL'].includes(status))
      return enumError('ListTaskDefinitionFamilies', 'status', status, ['ACTIVE', 'INACTIVE', 'ALL']);
    const prefix = str(input, 'familyPrefix') ?? '';
    const families = [...new Set(state.taskDefinitions.map((def) => def.family))]
      .filter((family) => family.startsWith(prefix))
      .filter((family) => {
        const active = state.taskDefinitions.some((def) => def.family === family && def.status === 'ACTIVE');
        return status === 'ALL' || (status === 'ACTIVE') === active;
      })
      .sort();
    return printJson({ families });
  },
};

const describeTaskDefinition: Operation = {
  name: 'describe-task-definition',
  api: 'DescribeTaskDefinition',
  summary: 'show a revision as ECS stored it (defaults filled in)',
  params: [
    param('--task-definition', 'taskDefinition', 'string', true),
    param('--include', 'include', 'strings'),
  ],
  run(input, { state }) {
    const ref = str(input, 'taskDefinition') ?? '';
    const resolved = describeTaskDefinitionRef(state, ref);
    if (!resolved.ok)
      return apiError(
        'DescribeTaskDefinition',
        resolved.error.code,
        resolved.error.message,
        'aws ecs list-task-definitions shows the registered revisions (FAMILY:REVISION).',
      );
    const def = resolved.definition;
    const include = input['include'];
    const tags = Array.isArray(include) && include.includes('TAGS') ? { tags: [] } : {};
    return printJson({ taskDefinition: taskDefinitionJson(def), ...tags });
  },
};

/**
 * ECS's request validation for an enum member. The code and wording follow the AWS JSON services'
 * validation format; ECS's own text for this case was not found (unconfirmed).
 */
export function enumError(api: string, member: string, value: string, allowed: readonly string[]) {
  return apiError(
    api,
    'InvalidParameterException',
    `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`,
    `${member} is one of ${allowed.join(', ')}.`,
  );
}

export const TASK_DEFINITION_OPERATIONS: readonly Operation[] = [
  registerTaskDefinition,
  deregisterTaskDefinition,
  listTaskDefinitions,
  listTaskDefinitionFamilies,
  describeTaskDefinition,
];
