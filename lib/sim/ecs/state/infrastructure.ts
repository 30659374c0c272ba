/** Elastic Load Balancing, CloudWatch Logs and Auto Scaling around ECS (reference §5.6–5.7). Part of the ECS state (../types.ts). */

export type TargetHealthState = 'initial' | 'healthy' | 'unhealthy' | 'draining' | 'unused';

export interface Target {
  /** Instance id (target type instance) or IP address (target type ip). */
  readonly id: string;
  readonly port: number;
  readonly az: string;
  readonly taskId: string;
  readonly state: TargetHealthState;
  readonly reason: string | null;
  readonly consecutiveOk: number;
  readonly consecutiveFailed: number;
  readonly registeredAt: number;
  /** Draining ends (deregistration delay) at this time. */
  readonly drainUntil: number | null;
  readonly nextCheckAt: number;
}

export interface TargetGroup {
  readonly name: string;
  readonly arn: string;
  readonly targetType: 'instance' | 'ip';
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly loadBalancerArn: string | null;
  readonly healthCheck: {
    readonly path: string;
    readonly intervalSeconds: number;
    readonly timeoutSeconds: number;
    readonly healthyThreshold: number;
    readonly unhealthyThreshold: number;
  };
  readonly deregistrationDelaySeconds: number;
  readonly targets: readonly Target[];
}

export interface LoadBalancer {
  readonly name: string;
  readonly arn: string;
  readonly dnsName: string;
}

// ---------------------------------------------------------------- CloudWatch Logs

export interface LogEvent {
  readonly at: number;
  readonly group: string;
  readonly stream: string;
  readonly message: string;
}

// ---------------------------------------------------------------- Auto Scaling

export interface ScalableTarget {
  /** `service/CLUSTER/SERVICE`. */
  readonly resourceId: string;
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly policy: {
    readonly name: string;
    readonly targetValue: number;
    readonly metric: 'ECSServiceAverageCPUUtilization';
    readonly scaleOutCooldown: number;
    readonly scaleInCooldown: number;
  } | null;
  readonly lastScaleAt: number | null;
}

export interface LaunchTemplate {
  readonly name: string;
  readonly id: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly instanceProfile: string | null;
  readonly userData: string | null;
}

export interface AutoScalingGroup {
  readonly name: string;
  readonly arn: string;
  readonly launchTemplate: string;
  readonly minSize: number;
  readonly maxSize: number;
  readonly desiredCapacity: number;
  readonly subnetIds: readonly string[];
  /** §5.6: instances it launches start protected from scale-in (managed termination protection needs it). */
  readonly newInstancesProtectedFromScaleIn: boolean;
}

export interface CapacityProvider {
  readonly name: string;
  readonly arn: string;
  readonly autoScalingGroupArn: string;
  readonly managedScaling: {
    readonly status: 'ENABLED' | 'DISABLED';
    readonly targetCapacity: number;
    readonly minimumScalingStepSize: number;
    readonly maximumScalingStepSize: number;
  };
  readonly managedTerminationProtection: 'ENABLED' | 'DISABLED';
}
