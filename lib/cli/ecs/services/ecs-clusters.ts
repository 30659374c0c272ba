import { CAPACITY_PROVIDER_STRATEGY, TAGS } from '../../aws/param-validation';
import { arn } from '../../../sim/ecs/catalog';
import { clusterName } from '../../../sim/ecs/clusters';
import type { EcsState } from '../../../sim/ecs/types';
import { fail } from '../../types';
import { awsJson } from '../format/aws-json';
import { clusterJson } from '../format/cluster-json';
import { ecsErrorHint } from '../hints';
import { dispatch, param, printJson, str, strings, type Operation } from '../operation';

/** `aws ecs` cluster operations (reference §1.1: a call without a cluster uses `default`). */

const clusterArn = (ref: string): string => (ref.startsWith('arn:') ? ref : arn('ecs', `cluster/${ref}`));

const createCluster: Operation = {
  name: 'create-cluster',
  api: 'CreateCluster',
  summary: 'create a cluster (named "default" without --cluster-name)',
  params: [
    param('--cluster-name', 'clusterName', 'string'),
    param('--tags', 'tags', 'list', false, TAGS),
    param('--settings', 'settings', 'list'),
    param('--configuration', 'configuration', 'structure'),
    param('--capacity-providers', 'capacityProviders', 'strings'),
    param(
      '--default-capacity-provider-strategy',
      'defaultCapacityProviderStrategy',
      'list',
      false,
      CAPACITY_PROVIDER_STRATEGY,
    ),
  ],
  run(input, { state }) {
    const name = str(input, 'clusterName') ?? 'default';
    if (input['capacityProviders'] !== undefined || input['defaultCapacityProviderStrategy'] !== undefined)
      return fail(
        'Dockyard: create the cluster first, then attach capacity providers with aws ecs put-cluster-capacity-providers.',
      );
    return dispatch(
      'CreateCluster',
      { type: 'CreateCluster', clusterName: name },
      ({ after }) => {
        const cluster = after.clusters.find((c) => c.name === name && c.status === 'ACTIVE');
        return printCluster(cluster === undefined ? null : clusterJson(cluster, after));
      },
      (error) => ecsErrorHint(error, state, name),
    );
  },
};

const printCluster = (cluster: unknown): string => awsJson({ cluster });

const deleteCluster: Operation = {
  name: 'delete-cluster',
  api: 'DeleteCluster',
  summary: 'delete an empty cluster',
  params: [param('--cluster', 'cluster', 'string', true)],
  run(input, { state }) {
    const ref = str(input, 'cluster') ?? '';
    return dispatch(
      'DeleteCluster',
      { type: 'DeleteCluster', cluster: ref },
      ({ after }) => {
        const cluster = after.clusters.find((c) => c.name === clusterName(ref));
        return printCluster(cluster === undefined ? null : clusterJson(cluster, after));
      },
      (error) =>
        error.code === 'ClusterContainsContainerInstancesException'
          ? 'deregister or terminate its container instances first (aws ecs list-container-instances).'
          : error.code === 'ClusterContainsServicesException'
            ? 'delete its services first: aws ecs delete-service --service NAME --force.'
            : error.code === 'ClusterContainsTasksException'
              ? 'stop its tasks first (aws ecs list-tasks, aws ecs stop-task).'
              : ecsErrorHint(error, state, ref),
    );
  },
};

const listClusters: Operation = {
  name: 'list-clusters',
  api: 'ListClusters',
  summary: 'list the cluster ARNs',
  params: [],
  run: (_input, { state }) =>
    printJson({
      clusterArns: state.clusters
        .filter((cluster) => cluster.status === 'ACTIVE')
        .map((cluster) => cluster.arn),
    }),
};

export function describeClustersJson(state: EcsState, refs: readonly string[]): Record<string, unknown> {
  const clusters: Record<string, unknown>[] = [];
  const failures: Record<string, unknown>[] = [];
  for (const ref of refs) {
    const name = clusterName(ref);
    const cluster =
      state.clusters.find((c) => c.name === name && c.status === 'ACTIVE') ??
      state.clusters.find((c) => c.name === name);
    if (cluster === undefined) failures.push({ arn: clusterArn(ref), reason: 'MISSING' });
    else clusters.push(clusterJson(cluster, state));
  }
  return { clusters, failures };
}

const describeClusters: Operation = {
  name: 'describe-clusters',
  api: 'DescribeClusters',
  summary: 'show clusters: instance, task and service counts',
  params: [param('--clusters', 'clusters', 'strings'), param('--include', 'include', 'strings')],
  run: (input, { state }) =>
    printJson(describeClustersJson(state, strings(input, 'clusters') ?? ['default'])),
};

export const CLUSTER_OPERATIONS: readonly Operation[] = [
  createCluster,
  deleteCluster,
  listClusters,
  describeClusters,
];
