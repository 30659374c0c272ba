import { z } from '@/lib/zod';
import { ecrCommandSchema } from '../ecr/commands';

/**
 * The commands of the Amazon ECS simulator, one per API call the console makes (plus Dockyard's own
 * `chaos` and `load`). The schemas check shape only: whether AWS accepts a value is the engine's
 * call, so it can refuse in AWS's words (a ClientException, an InvalidParameterException…).
 */
const name = z.string().min(1).max(255);
const ref = z.string().min(1).max(2048);
const json: z.ZodType<unknown> = z.unknown();

const placementStrategy = z.strictObject({
  type: z.string().max(40),
  field: z.string().max(255).optional(),
});
const placementConstraint = z.strictObject({
  type: z.string().max(40),
  expression: z.string().max(2000).optional(),
});
const awsvpcConfiguration = z.strictObject({
  subnets: z.array(z.string().max(255)).max(16),
  securityGroups: z.array(z.string().max(255)).max(5),
  assignPublicIp: z.enum(['ENABLED', 'DISABLED']),
});
const loadBalancer = z.strictObject({
  targetGroupArn: ref,
  containerName: name,
  containerPort: z.number().int(),
});
const capacityProviderStrategy = z.array(
  z.strictObject({ capacityProvider: name, base: z.number().int(), weight: z.number().int() }),
);
const deploymentConfiguration = z.strictObject({
  minimumHealthyPercent: z.number().int().optional(),
  maximumPercent: z.number().int().optional(),
  circuitBreaker: z.strictObject({ enable: z.boolean(), rollback: z.boolean() }).optional(),
});
const cluster = z.string().max(2048).optional();

export const ecsCommandSchema = z.discriminatedUnion('type', [
  // ----- EC2, SSM, IAM, CloudWatch Logs, Elastic Load Balancing, Auto Scaling
  z.strictObject({
    type: z.literal('RunInstances'),
    count: z.number().int().min(1).max(100),
    instanceType: z.string().max(40),
    imageId: z.string().max(2048),
    instanceProfile: z.string().max(128).nullable(),
    /** The decoded user data script, or null. */
    userData: z.string().max(16384).nullable(),
    subnetId: z.string().max(64).nullable(),
  }),
  z.strictObject({ type: z.literal('TerminateInstances'), ids: z.array(z.string().max(40)).min(1).max(1000) }),
  z.strictObject({ type: z.literal('StopInstances'), ids: z.array(z.string().max(40)).min(1).max(1000) }),
  z.strictObject({ type: z.literal('StartInstances'), ids: z.array(z.string().max(40)).min(1).max(1000) }),
  z.strictObject({ type: z.literal('AttachRolePolicy'), roleName: name, policyArn: ref }),
  z.strictObject({ type: z.literal('DetachRolePolicy'), roleName: name, policyArn: ref }),
  z.strictObject({ type: z.literal('CreateLogGroup'), logGroupName: z.string().min(1).max(512) }),
  z.strictObject({
    type: z.literal('CreateTargetGroup'),
    name: z.string().max(64),
    targetType: z.enum(['instance', 'ip']),
    port: z.number().int(),
    protocol: z.enum(['HTTP', 'HTTPS']),
    healthCheckPath: z.string().max(1024),
    healthCheckIntervalSeconds: z.number().int(),
    healthCheckTimeoutSeconds: z.number().int(),
    healthyThresholdCount: z.number().int(),
    unhealthyThresholdCount: z.number().int(),
  }),
  z.strictObject({
    type: z.literal('ModifyTargetGroupAttributes'),
    targetGroupArn: ref,
    deregistrationDelaySeconds: z.number().int(),
  }),
  z.strictObject({
    type: z.literal('CreateLaunchTemplate'),
    name: z.string().max(128),
    imageId: z.string().max(2048),
    instanceType: z.string().max(40),
    instanceProfile: z.string().max(128).nullable(),
    userData: z.string().max(16384).nullable(),
  }),
  z.strictObject({
    type: z.literal('CreateAutoScalingGroup'),
    name: z.string().max(255),
    launchTemplate: z.string().max(128),
    minSize: z.number().int(),
    maxSize: z.number().int(),
    desiredCapacity: z.number().int().nullable(),
    subnetIds: z.array(z.string().max(64)).max(16),
    newInstancesProtectedFromScaleIn: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('SetDesiredCapacity'),
    name: z.string().max(255),
    desiredCapacity: z.number().int(),
  }),
  z.strictObject({
    type: z.literal('RegisterScalableTarget'),
    resourceId: z.string().max(1600),
    minCapacity: z.number().int(),
    maxCapacity: z.number().int(),
  }),
  z.strictObject({
    type: z.literal('PutScalingPolicy'),
    resourceId: z.string().max(1600),
    policyName: z.string().max(256),
    targetValue: z.number(),
    metric: z.string().max(64),
    scaleOutCooldown: z.number().int(),
    scaleInCooldown: z.number().int(),
  }),
  // ----- VPC: subnets, route tables, NAT gateways and endpoints of the default VPC (network/)
  z.strictObject({
    type: z.literal('CreateSubnet'),
    vpcId: z.string().max(64),
    cidrBlock: z.string().max(64),
    availabilityZone: z.string().max(40).nullable(),
  }),
  z.strictObject({ type: z.literal('CreateRouteTable'), vpcId: z.string().max(64) }),
  z.strictObject({ type: z.literal('AssociateRouteTable'), routeTableId: z.string().max(64), subnetId: z.string().max(64) }),
  z.strictObject({
    type: z.literal('CreateRoute'),
    routeTableId: z.string().max(64),
    destinationCidrBlock: z.string().max(64),
    gatewayId: z.string().max(64).nullable(),
    natGatewayId: z.string().max(64).nullable(),
  }),
  z.strictObject({ type: z.literal('AllocateAddress') }),
  z.strictObject({ type: z.literal('CreateNatGateway'), subnetId: z.string().max(64), allocationId: z.string().max(64).nullable() }),
  z.strictObject({
    type: z.literal('CreateVpcEndpoint'),
    vpcId: z.string().max(64),
    serviceName: z.string().max(255),
    endpointType: z.enum(['Interface', 'Gateway', 'GatewayLoadBalancer']),
    subnetIds: z.array(z.string().max(64)).max(16),
    routeTableIds: z.array(z.string().max(64)).max(16),
    privateDnsEnabled: z.boolean().nullable(),
  }),
  // ----- ECS
  z.strictObject({ type: z.literal('CreateCluster'), clusterName: z.string().max(255) }),
  z.strictObject({ type: z.literal('DeleteCluster'), cluster: z.string().max(2048) }),
  z.strictObject({
    type: z.literal('CreateCapacityProvider'),
    name: z.string().max(255),
    autoScalingGroupArn: z.string().max(1600),
    managedScalingStatus: z.enum(['ENABLED', 'DISABLED']),
    targetCapacity: z.number().int(),
    minimumScalingStepSize: z.number().int(),
    maximumScalingStepSize: z.number().int(),
    managedTerminationProtection: z.enum(['ENABLED', 'DISABLED']),
  }),
  z.strictObject({
    type: z.literal('PutClusterCapacityProviders'),
    cluster: z.string().max(2048),
    capacityProviders: z.array(name).max(20),
    defaultCapacityProviderStrategy: capacityProviderStrategy,
  }),
  /** The definition as the CLI sent it (already through the CLI's own parameter validation). */
  z.strictObject({ type: z.literal('RegisterTaskDefinition'), input: json }),
  z.strictObject({ type: z.literal('DeregisterTaskDefinition'), taskDefinition: ref }),
  z.strictObject({
    type: z.literal('RunTask'),
    cluster,
    taskDefinition: ref,
    count: z.number().int(),
    launchType: z.enum(['EC2', 'FARGATE']).optional(),
    capacityProviderStrategy: capacityProviderStrategy.optional(),
    networkConfiguration: awsvpcConfiguration.optional(),
    placementStrategy: z.array(placementStrategy).max(5).optional(),
    placementConstraints: z.array(placementConstraint).max(10).optional(),
    group: z.string().max(255).optional(),
    startedBy: z.string().max(128).optional(),
    platformVersion: z.string().max(64).optional(),
  }),
  z.strictObject({ type: z.literal('StopTask'), cluster, task: ref, reason: z.string().max(1024).optional() }),
  z.strictObject({
    type: z.literal('CreateService'),
    cluster,
    serviceName: z.string().max(255),
    taskDefinition: ref,
    desiredCount: z.number().int().optional(),
    launchType: z.enum(['EC2', 'FARGATE']).optional(),
    capacityProviderStrategy: capacityProviderStrategy.optional(),
    schedulingStrategy: z.enum(['REPLICA', 'DAEMON']).optional(),
    networkConfiguration: awsvpcConfiguration.optional(),
    placementStrategy: z.array(placementStrategy).max(5).optional(),
    placementConstraints: z.array(placementConstraint).max(10).optional(),
    loadBalancers: z.array(loadBalancer).max(5).optional(),
    healthCheckGracePeriodSeconds: z.number().int().optional(),
    deploymentConfiguration: deploymentConfiguration.optional(),
    availabilityZoneRebalancing: z.enum(['ENABLED', 'DISABLED']).optional(),
    platformVersion: z.string().max(64).optional(),
  }),
  z.strictObject({
    type: z.literal('UpdateService'),
    cluster,
    service: ref,
    desiredCount: z.number().int().optional(),
    taskDefinition: ref.optional(),
    forceNewDeployment: z.boolean().optional(),
    deploymentConfiguration: deploymentConfiguration.optional(),
    healthCheckGracePeriodSeconds: z.number().int().optional(),
    availabilityZoneRebalancing: z.enum(['ENABLED', 'DISABLED']).optional(),
    platformVersion: z.string().max(64).optional(),
  }),
  z.strictObject({ type: z.literal('DeleteService'), cluster, service: ref, force: z.boolean().optional() }),
  z.strictObject({
    type: z.literal('UpdateContainerInstancesState'),
    cluster,
    containerInstances: z.array(ref).min(1).max(10),
    status: z.enum(['ACTIVE', 'DRAINING']),
  }),
  z.strictObject({
    type: z.literal('DeregisterContainerInstance'),
    cluster,
    containerInstance: ref,
    force: z.boolean().optional(),
  }),
  // ----- Dockyard's own: faults and load (not AWS commands; the console says so)
  z.strictObject({ type: z.literal('FailAvailabilityZone'), az: z.string().max(40) }),
  z.strictObject({ type: z.literal('RestoreAvailabilityZone'), az: z.string().max(40) }),
  z.strictObject({ type: z.literal('DisconnectAgent'), instanceId: z.string().max(40) }),
  z.strictObject({ type: z.literal('ReconnectAgent'), instanceId: z.string().max(40) }),
  z.strictObject({
    type: z.literal('KillContainer'),
    task: ref,
    container: z.string().max(255).optional(),
    exitCode: z.number().int().min(0).max(255),
  }),
  z.strictObject({ type: z.literal('SetLoad'), cluster, service: ref, rps: z.number().int().min(0).max(1_000_000) }),
  /** Fargate Spot takes capacity back: the named tasks, or the `count` oldest RUNNING ones. */
  z.strictObject({
    type: z.literal('InterruptSpotTasks'),
    cluster,
    tasks: z.array(ref).max(100).optional(),
    count: z.number().int().min(1).max(100).optional(),
  }),
  z.strictObject({ type: z.literal('SetFargateSpotCapacity'), available: z.boolean() }),
  /** `docker` and `aws ecr` on the account's registry and the learner's laptop (lib/sim/ecr). */
  z.strictObject({ type: z.literal('Ecr'), command: ecrCommandSchema }),
]);

export type EcsCommand = z.infer<typeof ecsCommandSchema>;
export type EcsCommandOf<T extends EcsCommand['type']> = Extract<EcsCommand, { type: T }>;

/** Validates untrusted command data (share links, scripts); the message names the field at fault. */
export function parseEcsCommand(
  data: unknown,
): { ok: true; command: EcsCommand } | { ok: false; error: string } {
  const parsed = ecsCommandSchema.safeParse(data);
  if (parsed.success) return { ok: true, command: parsed.data };
  const issue = parsed.error.issues[0];
  const type =
    typeof data === 'object' && data !== null && 'type' in data ? String((data as { type: unknown }).type) : '?';
  const path = issue?.path.map(String).join('.') ?? '';
  return { ok: false, error: `${type}${path ? `.${path}` : ''}: ${issue?.message ?? 'invalid'}` };
}
