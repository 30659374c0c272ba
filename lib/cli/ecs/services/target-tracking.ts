import { fail } from '../../types';
import type { ApiInput } from '../args/param-values';
import { apiError, record, str, type Result } from '../operation';

/**
 * PutScalingPolicy's checks of a target tracking policy (reference §5.7), answered as Application
 * Auto Scaling answers them: botocore checks only the shape (TargetValue, a PredefinedMetricType
 * string), so a metric that is missing or not in the enum comes back from the service as a
 * ValidationException. The `Dockyard:` line under it says what to type instead.
 */

export const CPU_METRIC = 'ECSServiceAverageCPUUtilization';

/**
 * The `MetricType` enum of botocore's application-autoscaling 2016-02-06 model
 * (boto/botocore service-2.json), in the model's order, which is the order the service's
 * `Member must satisfy enum value set` lists. The live service may know newer members.
 */
export const METRIC_TYPES: readonly string[] = [
  'DynamoDBReadCapacityUtilization',
  'DynamoDBWriteCapacityUtilization',
  'ALBRequestCountPerTarget',
  'RDSReaderAverageCPUUtilization',
  'RDSReaderAverageDatabaseConnections',
  'EC2SpotFleetRequestAverageCPUUtilization',
  'EC2SpotFleetRequestAverageNetworkIn',
  'EC2SpotFleetRequestAverageNetworkOut',
  'SageMakerVariantInvocationsPerInstance',
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'AppStreamAverageCapacityUtilization',
  'ComprehendInferenceUtilization',
  'LambdaProvisionedConcurrencyUtilization',
  'CassandraReadCapacityUtilization',
  'CassandraWriteCapacityUtilization',
  'KafkaBrokerStorageUtilization',
  'ElastiCachePrimaryEngineCPUUtilization',
  'ElastiCacheReplicaEngineCPUUtilization',
  'ElastiCacheDatabaseMemoryUsageCountedForEvictPercentage',
  'NeptuneReaderAverageCPUUtilization',
  'SageMakerVariantProvisionedConcurrencyUtilization',
  'ElastiCacheDatabaseCapacityUsageCountedForEvictPercentage',
  'SageMakerInferenceComponentInvocationsPerCopy',
  'WorkSpacesAverageUserSessionsCapacityUtilization',
  'SageMakerInferenceComponentConcurrentRequestsPerCopyHighResolution',
  'SageMakerVariantConcurrentRequestsPerModelHighResolution',
];

/** botocore's `PolicyType` enum (same model). */
const POLICY_TYPES: readonly string[] = ['StepScaling', 'TargetTrackingScaling'];

/**
 * Unconfirmed: no AWS source quotes the service's text for a target tracking configuration
 * without a metric; this is the wording a third-party lint rule (cdk-preflight) attributes to
 * PutScalingPolicy.
 */
export const MISSING_METRIC =
  'PredefinedMetricSpecification or CustomizedMetricSpecification must be set for target tracking scaling.';

/** Unconfirmed: the wording for a TargetTrackingScaling policy sent without its configuration. */
export const MISSING_CONFIGURATION =
  'TargetTrackingScalingPolicyConfiguration is required for PolicyType TargetTrackingScaling.';

const EXAMPLE = `--target-tracking-scaling-policy-configuration 'TargetValue=75,PredefinedMetricSpecification={PredefinedMetricType=${CPU_METRIC}}'`;

/** The AWS JSON services' request validation text for a value outside an enum. */
export function enumValidationMessage(value: string, member: string, allowed: readonly string[]): string {
  return `1 validation error detected: Value '${value}' at '${member}' failed to satisfy constraint: Member must satisfy enum value set: [${allowed.join(', ')}]`;
}

export type TargetTracking =
  | {
      readonly ok: true;
      readonly config: Readonly<Record<string, unknown>>;
      readonly metric: string;
    }
  | { readonly ok: false; readonly result: Result };

const refuse = (result: Result): TargetTracking => ({ ok: false, result });
const validation = (message: string, hint: string): TargetTracking =>
  refuse(apiError('PutScalingPolicy', 'ValidationException', message, hint));

/** The policy's configuration and metric when this simulator can run it, or the answer to print. */
export function checkTargetTracking(input: ApiInput): TargetTracking {
  const policyType = str(input, 'PolicyType') ?? 'StepScaling';
  if (!POLICY_TYPES.includes(policyType))
    return validation(
      enumValidationMessage(policyType, 'policyType', POLICY_TYPES),
      'ECS services scale with --policy-type TargetTrackingScaling.',
    );
  if (policyType !== 'TargetTrackingScaling')
    return refuse(fail('Dockyard: only --policy-type TargetTrackingScaling is simulated.'));
  const config = record(input['TargetTrackingScalingPolicyConfiguration']);
  if (config === undefined) return validation(MISSING_CONFIGURATION, `add ${EXAMPLE}.`);
  const spec = record(config['PredefinedMetricSpecification']);
  if (spec === undefined) {
    if (config['CustomizedMetricSpecification'] === undefined)
      return validation(MISSING_METRIC, `name the metric to track, e.g. ${EXAMPLE}.`);
    return refuse(
      fail(`Dockyard: customized metrics are not simulated; track the predefined CPU metric: ${EXAMPLE}.`),
    );
  }
  const metric = str(spec, 'PredefinedMetricType') ?? '';
  if (!METRIC_TYPES.includes(metric))
    return validation(
      enumValidationMessage(
        metric,
        'targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType',
        METRIC_TYPES,
      ),
      `the ECS CPU metric is spelled ${CPU_METRIC} (PredefinedMetricType=${CPU_METRIC}).`,
    );
  if (metric !== CPU_METRIC)
    return refuse(fail(`Dockyard: only ${CPU_METRIC} is simulated (got ${metric}); e.g. ${EXAMPLE}.`));
  return { ok: true, config, metric };
}
