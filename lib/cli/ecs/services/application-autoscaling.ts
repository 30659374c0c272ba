import { TARGET_TRACKING_CONFIGURATION } from '../args/service-shapes';
import { checkTargetTracking } from './target-tracking';
import { fail } from '../../types';
import { awsJson, isoTimestamp } from '../format/aws-json';
import { derivedUuid } from '../format/derived-ids';
import { scalableTargetArn, scalableTargetJson, scalingPolicyArn } from '../format/autoscaling-json';
import {
  apiError,
  dispatch,
  int,
  param,
  printJson,
  str,
  strings,
  type Operation,
  type Result,
} from '../operation';
import { arn } from '../../../sim/ecs/catalog';
import type { ScalableTarget } from '../../../sim/ecs/types';

/** `aws application-autoscaling`: Service Auto Scaling for ECS services (reference §5.7). */

const DIMENSION = 'ecs:service:DesiredCount';

/** Only ECS services' desired count is simulated; other namespaces get a plain note. */
function checkTarget(input: Readonly<Record<string, unknown>>): Result | null {
  const namespace = str(input, 'ServiceNamespace');
  if (namespace !== 'ecs')
    return fail(`Dockyard: only --service-namespace ecs is simulated (got ${namespace ?? 'none'}).`);
  const dimension = str(input, 'ScalableDimension');
  if (dimension !== undefined && dimension !== DIMENSION)
    return fail(`Dockyard: ECS services scale on --scalable-dimension ${DIMENSION}.`);
  return null;
}

const targetParams = [
  param('--service-namespace', 'ServiceNamespace', 'string', true),
  param('--resource-id', 'ResourceId', 'string', true),
  param('--scalable-dimension', 'ScalableDimension', 'string', true),
];

const registerScalableTarget: Operation = {
  name: 'register-scalable-target',
  api: 'RegisterScalableTarget',
  summary: "let a service's desired count scale between --min-capacity and --max-capacity",
  params: [
    ...targetParams,
    param('--min-capacity', 'MinCapacity', 'integer'),
    param('--max-capacity', 'MaxCapacity', 'integer'),
    param('--role-arn', 'RoleARN', 'string'),
  ],
  run(input, { state }) {
    const problem = checkTarget(input);
    if (problem !== null) return problem;
    const resourceId = str(input, 'ResourceId') ?? '';
    const existing = state.scalableTargets.find((target) => target.resourceId === resourceId);
    const min = int(input, 'MinCapacity') ?? existing?.minCapacity;
    const max = int(input, 'MaxCapacity') ?? existing?.maxCapacity;
    // The service's text for a new target without bounds was not found (unconfirmed).
    if (min === undefined || max === undefined)
      return apiError(
        'RegisterScalableTarget',
        'ValidationException',
        'MinCapacity and MaxCapacity are required for registering a new scalable target',
        'add --min-capacity 1 --max-capacity 10.',
      );
    return dispatch(
      'RegisterScalableTarget',
      { type: 'RegisterScalableTarget', resourceId, minCapacity: min, maxCapacity: max },
      () => awsJson({ ScalableTargetARN: scalableTargetArn({ resourceId }) }),
    );
  },
};

const putScalingPolicy: Operation = {
  name: 'put-scaling-policy',
  api: 'PutScalingPolicy',
  summary: 'target tracking on ECSServiceAverageCPUUtilization',
  params: [
    param('--policy-name', 'PolicyName', 'string', true),
    ...targetParams,
    param('--policy-type', 'PolicyType', 'string'),
    param(
      '--target-tracking-scaling-policy-configuration',
      'TargetTrackingScalingPolicyConfiguration',
      'structure',
      false,
      TARGET_TRACKING_CONFIGURATION,
    ),
  ],
  run(input) {
    const problem = checkTarget(input);
    if (problem !== null) return problem;
    const checked = checkTargetTracking(input);
    if (!checked.ok) return checked.result;
    const { config, metric } = checked;
    const targetValue = config['TargetValue'];
    const resourceId = str(input, 'ResourceId') ?? '';
    const policyName = str(input, 'PolicyName') ?? '';
    return dispatch(
      'PutScalingPolicy',
      {
        type: 'PutScalingPolicy',
        resourceId,
        policyName,
        targetValue: typeof targetValue === 'number' ? targetValue : 0,
        metric,
        // Target tracking's default cooldowns for ECS services are 300 s each way.
        scaleOutCooldown: int(config, 'ScaleOutCooldown') ?? 300,
        scaleInCooldown: int(config, 'ScaleInCooldown') ?? 300,
      },
      () =>
        awsJson({
          PolicyARN: scalingPolicyArn({ resourceId }, policyName),
          Alarms: ['AlarmHigh', 'AlarmLow'].map((kind) => {
            const alarmName = `TargetTracking-${resourceId}-${kind}-${derivedUuid(`${resourceId}/${policyName}/${kind}`)}`;
            return { AlarmName: alarmName, AlarmARN: arn('cloudwatch', `alarm:${alarmName}`) };
          }),
        }),
      () => 'register the service first: aws application-autoscaling register-scalable-target.',
    );
  },
};

function policiesJson(target: ScalableTarget): Record<string, unknown>[] {
  if (target.policy === null) return [];
  const policy = target.policy;
  return [
    {
      PolicyARN: scalingPolicyArn(target, policy.name),
      PolicyName: policy.name,
      ServiceNamespace: 'ecs',
      ResourceId: target.resourceId,
      ScalableDimension: DIMENSION,
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: policy.targetValue,
        PredefinedMetricSpecification: { PredefinedMetricType: policy.metric },
        ScaleOutCooldown: policy.scaleOutCooldown,
        ScaleInCooldown: policy.scaleInCooldown,
      },
      CreationTime: isoTimestamp(0),
    },
  ];
}

const describeScalableTargets: Operation = {
  name: 'describe-scalable-targets',
  api: 'DescribeScalableTargets',
  summary: 'show registered targets and their min/max capacity',
  params: [
    param('--service-namespace', 'ServiceNamespace', 'string', true),
    param('--resource-ids', 'ResourceIds', 'strings'),
    param('--scalable-dimension', 'ScalableDimension', 'string'),
  ],
  run(input, { state }) {
    const problem = checkTarget(input);
    if (problem !== null) return problem;
    const ids = strings(input, 'ResourceIds');
    return printJson({
      ScalableTargets: state.scalableTargets
        .filter((target) => ids === undefined || ids.includes(target.resourceId))
        .map(scalableTargetJson),
    });
  },
};

const describeScalingPolicies: Operation = {
  name: 'describe-scaling-policies',
  api: 'DescribeScalingPolicies',
  summary: 'show the scaling policies',
  params: [
    param('--service-namespace', 'ServiceNamespace', 'string', true),
    param('--resource-id', 'ResourceId', 'string'),
    param('--policy-names', 'PolicyNames', 'strings'),
  ],
  run(input, { state }) {
    const problem = checkTarget(input);
    if (problem !== null) return problem;
    const resourceId = str(input, 'ResourceId');
    const names = strings(input, 'PolicyNames');
    return printJson({
      ScalingPolicies: state.scalableTargets
        .filter((target) => resourceId === undefined || target.resourceId === resourceId)
        .flatMap(policiesJson)
        .filter((policy) => names === undefined || names.includes(String(policy['PolicyName']))),
    });
  },
};

export const APPLICATION_AUTOSCALING_OPERATIONS: readonly Operation[] = [
  registerScalableTarget,
  putScalingPolicy,
  describeScalableTargets,
  describeScalingPolicies,
];
