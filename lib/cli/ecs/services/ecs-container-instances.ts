import { arn } from '../../../sim/ecs/catalog';
import { clusterName, findCluster } from '../../../sim/ecs/clusters';
import type { ContainerInstance, EcsState } from '../../../sim/ecs/types';
import { fail } from '../../types';
import { awsJson } from '../format/aws-json';
import { containerInstanceJson } from '../format/container-instance-json';
import { ecsErrorHint } from '../hints';
import { bool, dispatch, param, printJson, record, str, strings, type Operation } from '../operation';
import { enumError } from './ecs-task-definitions';
import { clusterNotFound } from './ecs-tasks';

/** `aws ecs` container instance operations (reference §1.2–1.4, §5.9). */

const idOf = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1);

/** A container instance by id or ARN, within a cluster (INACTIVE ones stay describable, §1.4). */
export function findContainerInstance(
  state: EcsState,
  cluster: string,
  ref: string,
): ContainerInstance | undefined {
  const id = idOf(ref);
  return state.containerInstances.find((ci) => ci.cluster === cluster && ci.id === id);
}

const STATUSES = ['ACTIVE', 'DRAINING', 'REGISTERING', 'DEREGISTERING', 'REGISTRATION_FAILED'];

const listContainerInstances: Operation = {
  name: 'list-container-instances',
  api: 'ListContainerInstances',
  summary: 'list the container instance ARNs (--status DRAINING)',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--filter', 'filter', 'string'),
    param('--status', 'status', 'string'),
  ],
  run(input, { state }) {
    const ref = str(input, 'cluster');
    const cluster = findCluster(state, ref);
    if (cluster === undefined) return clusterNotFound('ListContainerInstances', state, ref);
    const status = str(input, 'status');
    if (status !== undefined && !STATUSES.includes(status))
      return enumError('ListContainerInstances', 'status', status, STATUSES);
    if (input['filter'] !== undefined)
      return fail(
        'Dockyard: --filter is not simulated; describe-container-instances shows the attributes instead.',
      );
    // Without --status the list holds ACTIVE and DRAINING instances; INACTIVE ones are gone (§1.4).
    return printJson({
      containerInstanceArns: state.containerInstances
        .filter(
          (ci) =>
            ci.cluster === cluster.name &&
            (status === undefined ? ci.status !== 'INACTIVE' : ci.status === status),
        )
        .map((ci) => ci.arn),
    });
  },
};

const describeContainerInstances: Operation = {
  name: 'describe-container-instances',
  api: 'DescribeContainerInstances',
  summary: 'show registered and remaining CPU, memory and ports',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--container-instances', 'containerInstances', 'strings', true),
    param('--include', 'include', 'strings'),
  ],
  run(input, { state }) {
    const ref = str(input, 'cluster');
    const cluster = findCluster(state, ref);
    if (cluster === undefined) return clusterNotFound('DescribeContainerInstances', state, ref);
    const containerInstances: Record<string, unknown>[] = [];
    const failures: Record<string, unknown>[] = [];
    for (const instanceRef of strings(input, 'containerInstances') ?? []) {
      const ci = findContainerInstance(state, cluster.name, instanceRef);
      if (ci === undefined)
        failures.push({
          arn: instanceRef.startsWith('arn:')
            ? instanceRef
            : arn('ecs', `container-instance/${cluster.name}/${instanceRef}`),
          reason: 'MISSING',
        });
      else containerInstances.push(containerInstanceJson(ci, state));
    }
    return printJson({ containerInstances, failures });
  },
};

const updateContainerInstancesState: Operation = {
  name: 'update-container-instances-state',
  api: 'UpdateContainerInstancesState',
  summary: 'drain instances (--status DRAINING) or bring them back (ACTIVE)',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--container-instances', 'containerInstances', 'strings', true),
    param('--status', 'status', 'string', true),
  ],
  run(input, { state }) {
    const cluster = str(input, 'cluster');
    const status = str(input, 'status') ?? '';
    if (status !== 'ACTIVE' && status !== 'DRAINING')
      return enumError('UpdateContainerInstancesState', 'status', status, [
        'ACTIVE',
        'DRAINING',
        'REGISTERING',
        'DEREGISTERING',
        'REGISTRATION_FAILED',
      ]);
    const refs = strings(input, 'containerInstances') ?? [];
    return dispatch(
      'UpdateContainerInstancesState',
      {
        type: 'UpdateContainerInstancesState',
        ...(cluster === undefined ? {} : { cluster }),
        containerInstances: refs,
        status,
      },
      ({ after, response }) => {
        const name = clusterName(cluster);
        const found = refs.map((ref) => findContainerInstance(after, name, ref));
        const reported = record(response)?.['failures'];
        return awsJson({
          containerInstances: found
            .filter((ci): ci is ContainerInstance => ci !== undefined)
            .map((ci) => containerInstanceJson(ci, after)),
          failures: Array.isArray(reported)
            ? reported
            : refs
                .filter((_ref, index) => found[index] === undefined)
                .map((ref) => ({ arn: ref, reason: 'MISSING' })),
        });
      },
      (error) => ecsErrorHint(error, state, cluster),
    );
  },
};

const deregisterContainerInstance: Operation = {
  name: 'deregister-container-instance',
  api: 'DeregisterContainerInstance',
  summary: 'remove an instance from its cluster (--force stops its tasks)',
  params: [
    param('--cluster', 'cluster', 'string'),
    param('--container-instance', 'containerInstance', 'string', true),
    param('--force', 'force', 'boolean'),
  ],
  run(input, { state }) {
    const cluster = str(input, 'cluster');
    const ref = str(input, 'containerInstance') ?? '';
    const force = bool(input, 'force');
    return dispatch(
      'DeregisterContainerInstance',
      {
        type: 'DeregisterContainerInstance',
        ...(cluster === undefined ? {} : { cluster }),
        containerInstance: ref,
        ...(force === undefined ? {} : { force }),
      },
      ({ after }) => {
        const ci = findContainerInstance(after, clusterName(cluster), ref);
        return awsJson({ containerInstance: ci === undefined ? null : containerInstanceJson(ci, after) });
      },
      (error) =>
        /force/i.test(error.message)
          ? 'the instance still has tasks: add --force (they stop) or drain it first.'
          : ecsErrorHint(error, state, cluster),
    );
  },
};

export const CONTAINER_INSTANCE_OPERATIONS: readonly Operation[] = [
  listContainerInstances,
  describeContainerInstances,
  updateContainerInstancesState,
  deregisterContainerInstance,
];
