import { describe, expect, it } from 'vitest';
import { ecsConsole } from '../ecs-console-driver';
import { MISSING_CONFIGURATION, MISSING_METRIC, METRIC_TYPES, checkTargetTracking } from './target-tracking';

const PUT =
  'aws application-autoscaling put-scaling-policy --policy-name cpu --service-namespace ecs --resource-id service/default/web --scalable-dimension ecs:service:DesiredCount';
const API_ERROR = 'An error occurred (ValidationException) when calling the PutScalingPolicy operation: ';

describe('checkTargetTracking', () => {
  it('accepts target tracking on ECSServiceAverageCPUUtilization (reference §5.7)', () => {
    const checked = checkTargetTracking({
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: 50,
        PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      },
    });
    expect(checked).toMatchObject({ ok: true, metric: 'ECSServiceAverageCPUUtilization' });
  });

  it('answers a configuration without a metric with the service ValidationException, then the hint', () => {
    const sim = ecsConsole().type(
      `${PUT} --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration TargetValue=50`,
    );
    expect(sim.toolOutput()).toBe(`${API_ERROR}${MISSING_METRIC}`);
    expect(sim.hint()).toMatch(
      /^Dockyard: name the metric to track, e.g. --target-tracking-scaling-policy-configuration 'TargetValue=75,PredefinedMetricSpecification=\{PredefinedMetricType=ECSServiceAverageCPUUtilization\}'/,
    );
  });

  it('answers a metric outside the enum with the enum value set, then the right spelling', () => {
    const sim = ecsConsole().type(
      `${PUT} --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration ` +
        `'{"TargetValue": 50, "PredefinedMetricSpecification": {"PredefinedMetricType": "ECSServiceAverageCPU"}}'`,
    );
    expect(sim.toolOutput()).toBe(
      `${API_ERROR}1 validation error detected: Value 'ECSServiceAverageCPU' at ` +
        `'targetTrackingScalingPolicyConfiguration.predefinedMetricSpecification.predefinedMetricType' ` +
        `failed to satisfy constraint: Member must satisfy enum value set: [${METRIC_TYPES.join(', ')}]`,
    );
    expect(METRIC_TYPES.slice(0, 3)).toEqual([
      'DynamoDBReadCapacityUtilization',
      'DynamoDBWriteCapacityUtilization',
      'ALBRequestCountPerTarget',
    ]);
    expect(sim.hint()).toBe(
      'Dockyard: the ECS CPU metric is spelled ECSServiceAverageCPUUtilization (PredefinedMetricType=ECSServiceAverageCPUUtilization).',
    );
  });

  it('answers a missing configuration and an unknown policy type as the service would', () => {
    const missing = ecsConsole().type(`${PUT} --policy-type TargetTrackingScaling`);
    expect(missing.toolOutput()).toBe(`${API_ERROR}${MISSING_CONFIGURATION}`);
    expect(missing.hint()).toMatch(/^Dockyard: add --target-tracking-scaling-policy-configuration/);
    const type = ecsConsole().type(`${PUT} --policy-type TargetTracking`);
    expect(type.toolOutput()).toBe(
      `${API_ERROR}1 validation error detected: Value 'TargetTracking' at 'policyType' failed to satisfy constraint: Member must satisfy enum value set: [StepScaling, TargetTrackingScaling]`,
    );
  });

  it('says plainly when a real metric is simply not simulated', () => {
    const sim = ecsConsole().type(
      `${PUT} --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=70,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageMemoryUtilization}"`,
    );
    expect(sim.output).toMatch(/^Dockyard: only ECSServiceAverageCPUUtilization is simulated/);
  });
});
