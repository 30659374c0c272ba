import { AUTO_SCALING_GROUP_PROVIDER } from '../args/service-shapes';
import { CAPACITY_PROVIDER_STRATEGY, TAGS } from '../../aws/param-validation';
import { arn } from '../../../sim/ecs/catalog';
import { clusterName } from '../../../sim/ecs/clusters';
import { awsJson } from '../format/aws-json';
import {
  FARGATE_PROVIDERS,
  capacityProviderJson,
  fargateProviderJson,
} from '../format/capacity-provider-json';
import { clusterJson } from '../format/cluster-json';
import { ecsErrorHint } from '../hints';
import { dispatch, int, param, printJson, record, str, strings, type Operation } from '../operation';
import { capacityProviderStrategyOf } from './ecs-request';
import { enumError } from './ecs-task-definitions';

/** `aws ecs` capacity providers (reference §5.6). */

const ENABLED = ['ENABLED', 'DISABLED'];

const createCapacityProvider: Operation = {
  name: 'create-capacity-provider',
  api: 'CreateCapacityProvider',
  summary: 'wrap an Auto Scaling group (managed scaling keeps it sized)',
  params: [
    param('--name', 'name', 'string', true),
    param(
      '--auto-scaling-group-provider',
      'autoScalingGroupProvider',
      'structure',
      true,
      AUTO_SCALING_GROUP_PROVIDER,
    ),
    param('--tags', 'tags', 'list', false, TAGS),
  ],
  run(input, { state }) {
    const provider = record(input['autoScalingGroupProvider']) ?? {};
    const scaling = record(provider['managedScaling']);
    // API defaults: managed scaling off unless given; target 100, steps 1 and 10000.
    const status = scaling === undefined ? 'DISABLED' : (str(scaling, 'status') ?? 'ENABLED');
    const protection = str(provider, 'managedTerminationProtection') ?? 'DISABLED';
    if (!ENABLED.includes(status))
      return enumError(
        'CreateCapacityProvider',
        'autoScalingGroupProvider.managedScaling.status',
        status,
        ENABLED,
      );
    if (!ENABLED.includes(protection))
      return enumError(
        'CreateCapacityProvider',
        'autoScalingGroupProvider.managedTerminationProtection',
        protection,
        ENABLED,
      );
    const name = str(input, 'name') ?? '';
    return dispatch(
      'CreateCapacityProvider',
      {
        type: 'CreateCapacityProvider',
        name,
        autoScalingGroupArn: str(provider, 'autoScalingGroupArn') ?? '',
        managedScalingStatus: status as 'ENABLED' | 'DISABLED',
        targetCapacity: (scaling && int(scaling, 'targetCapacity')) ?? 100,
        minimumScalingStepSize: (scaling && int(scaling, 'minimumScalingStepSize')) ?? 1,
        maximumScalingStepSize: (scaling && int(scaling, 'maximumScalingStepSize')) ?? 10000,
        managedTerminationProtection: protection as 'ENABLED' | 'DISABLED',
      },
      ({ after }) => {
        const created = after.capacityProviders.find((cp) => cp.name === name);
        return awsJson({ capacityProvider: created === undefined ? null : capacityProviderJson(created) });
      },
      (error) =>
        /managed termination protection/i.test(error.message)
          ? 'create the Auto Scaling group with --new-instances-protected-from-scale-in, or use managedTerminationProtection=DISABLED.'
          : /auto ?scaling group/i.test(error.message)
            ? 'aws autoscaling describe-auto-scaling-groups shows the group ARN (AutoScalingGroupARN).'
            : ecsErrorHint(error, state),
    );
  },
};

const putClusterCapacityProviders: Operation = {
  name: 'put-cluster-capacity-providers',
  api: 'PutClusterCapacityProviders',
  summary: "set a cluster's capacity providers and default strategy",
  params: [
    param('--cluster', 'cluster', 'string', true),
    param('--capacity-providers', 'capacityProviders', 'strings', true),
    param(
      '--default-capacity-provider-strategy',
      'defaultCapacityProviderStrategy',
      'list',
      true,
      CAPACITY_PROVIDER_STRATEGY,
    ),
  ],
  run(input, { state }) {
    const cluster = str(input, 'cluster') ?? '';
    return dispatch(
      'PutClusterCapacityProviders',
      {
        type: 'PutClusterCapacityProviders',
        cluster,
        capacityProviders: strings(input, 'capacityProviders') ?? [],
        defaultCapacityProviderStrategy:
          capacityProviderStrategyOf(input, 'defaultCapacityProviderStrategy') ?? [],
      },
      ({ after }) => {
        const found = after.clusters.find((c) => c.name === clusterName(cluster) && c.status === 'ACTIVE');
        return awsJson({ cluster: found === undefined ? null : clusterJson(found, after) });
      },
      (error) => ecsErrorHint(error, state, cluster),
    );
  },
};

const describeCapacityProviders: Operation = {
  name: 'describe-capacity-providers',
  api: 'DescribeCapacityProviders',
  summary: 'show capacity providers (FARGATE and FARGATE_SPOT always exist)',
  params: [
    param('--capacity-providers', 'capacityProviders', 'strings'),
    param('--include', 'include', 'strings'),
  ],
  run(input, { state }) {
    const all = [
      ...state.capacityProviders.map((cp) => ({
        name: cp.name,
        arn: cp.arn,
        json: capacityProviderJson(cp),
      })),
      ...FARGATE_PROVIDERS.map((name) => ({
        name,
        arn: arn('ecs', `capacity-provider/${name}`),
        json: fargateProviderJson(name),
      })),
    ];
    const refs = strings(input, 'capacityProviders');
    if (refs === undefined) return printJson({ capacityProviders: all.map((cp) => cp.json) });
    const found = refs.map((ref) => all.find((cp) => cp.name === ref || cp.arn === ref));
    return printJson({
      capacityProviders: found.flatMap((cp) => (cp === undefined ? [] : [cp.json])),
      failures: refs
        .filter((_ref, index) => found[index] === undefined)
        .map((ref) => ({
          arn: ref.startsWith('arn:') ? ref : arn('ecs', `capacity-provider/${ref}`),
          reason: 'MISSING',
        })),
    });
  },
};

export const CAPACITY_PROVIDER_OPERATIONS: readonly Operation[] = [
  createCapacityProvider,
  putClusterCapacityProviders,
  describeCapacityProviders,
];
