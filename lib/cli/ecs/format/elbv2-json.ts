import { DEFAULT_SECURITY_GROUP, VPC_ID } from '../../../sim/ecs/catalog';
import type { EcsState, LoadBalancer, Target, TargetGroup } from '../../../sim/ecs/types';
import { awsTimestamp } from '../../vm/aws-format';

/**
 * Elastic Load Balancing v2 answers: target groups, target health and load balancers, keys in the
 * order of the aws-cli examples (`elbv2/describe-target-groups.rst`, `describe-target-health.rst`,
 * `describe-load-balancers.rst`).
 */

/** The ALB hosted zone of us-east-1 (Elastic Load Balancing endpoints and quotas). */
const ALB_HOSTED_ZONE = 'Z35SXDOTRQ7X7K';

export function targetGroupJson(group: TargetGroup): Record<string, unknown> {
  return {
    TargetGroupArn: group.arn,
    TargetGroupName: group.name,
    Protocol: group.protocol,
    Port: group.port,
    VpcId: VPC_ID,
    HealthCheckProtocol: group.protocol,
    HealthCheckPort: 'traffic-port',
    HealthCheckEnabled: true,
    HealthCheckIntervalSeconds: group.healthCheck.intervalSeconds,
    HealthCheckTimeoutSeconds: group.healthCheck.timeoutSeconds,
    HealthyThresholdCount: group.healthCheck.healthyThreshold,
    UnhealthyThresholdCount: group.healthCheck.unhealthyThreshold,
    HealthCheckPath: group.healthCheck.path,
    Matcher: { HttpCode: '200' },
    LoadBalancerArns: group.loadBalancerArn === null ? [] : [group.loadBalancerArn],
    TargetType: group.targetType,
    ProtocolVersion: 'HTTP1',
    IpAddressType: 'ipv4',
  };
}

/** ELB's descriptions of its target health reason codes (TargetHealth in the ELBv2 API reference). */
const REASON_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'Elb.RegistrationInProgress': 'Target registration is in progress',
  'Elb.InitialHealthChecking': 'Initial health checks in progress',
  'Target.ResponseCodeMismatch': 'Health checks failed with these codes: [503]',
  'Target.Timeout': 'Request timed out',
  'Target.FailedHealthChecks': 'Health checks failed',
  'Target.DeregistrationInProgress': 'Target deregistration is in progress',
  'Target.NotRegistered': 'Target is not registered to the target group',
  'Target.NotInUse': 'Target group is not configured to receive traffic from the load balancer',
};

/**
 * An element of `TargetHealthDescriptions[]`: ip targets name their Availability Zone, and every
 * entry ends with the (absent) zonal-shift override, as current CLI output shows it.
 */
export function targetHealthJson(
  target: Target,
  targetType: TargetGroup['targetType'],
): Record<string, unknown> {
  const health: Record<string, unknown> = { State: target.state };
  if (target.reason !== null) {
    health['Reason'] = target.reason;
    const description = REASON_DESCRIPTIONS[target.reason];
    if (description !== undefined) health['Description'] = description;
  }
  return {
    Target: {
      Id: target.id,
      Port: target.port,
      ...(targetType === 'ip' ? { AvailabilityZone: target.az } : {}),
    },
    HealthCheckPort: String(target.port),
    TargetHealth: health,
    AdministrativeOverride: {
      State: 'no_override',
      Reason: 'AdministrativeOverride.NoOverride',
      Description: 'No override is currently active on target',
    },
  };
}

export function loadBalancerJson(balancer: LoadBalancer, state: EcsState): Record<string, unknown> {
  return {
    LoadBalancerArn: balancer.arn,
    DNSName: balancer.dnsName,
    CanonicalHostedZoneId: ALB_HOSTED_ZONE,
    CreatedTime: awsTimestamp(0),
    LoadBalancerName: balancer.name,
    Scheme: 'internet-facing',
    VpcId: VPC_ID,
    State: { Code: 'active' },
    Type: 'application',
    AvailabilityZones: state.subnets.map((subnet) => ({
      ZoneName: subnet.az,
      SubnetId: subnet.id,
      LoadBalancerAddresses: [],
    })),
    SecurityGroups: [DEFAULT_SECURITY_GROUP],
    IpAddressType: 'ipv4',
  };
}

/** ModifyTargetGroupAttributes answers with every attribute of the group. */
export function targetGroupAttributesJson(group: TargetGroup): Record<string, unknown>[] {
  return [
    { Key: 'stickiness.enabled', Value: 'false' },
    { Key: 'deregistration_delay.timeout_seconds', Value: String(group.deregistrationDelaySeconds) },
    { Key: 'stickiness.type', Value: 'lb_cookie' },
    { Key: 'stickiness.lb_cookie.duration_seconds', Value: '86400' },
    { Key: 'slow_start.duration_seconds', Value: '0' },
    { Key: 'load_balancing.algorithm.type', Value: 'round_robin' },
  ];
}
