import { clusterNotFound, findCluster } from '../clusters';
import type { EcsCommandOf } from '../commands';
import { resolvePlatformVersion } from '../fargate/platform-versions';
import { resolveTaskDefinition } from '../taskdef';
import type { Service } from '../types';
import { emit, refused, type World } from '../world';
import { mergeDeploymentConfiguration } from './bounds';
import { launchTypeOf } from './capacity';
import { DAEMON_DESIRED_COUNT, type ServiceResult } from './create-service';
import { newDeployment, withNewDeployment, withPlatform } from './deployments';
import { findService } from './lookup';
import { loadBalancerProblem } from './validate-service';

/**
 * UpdateService (§5.1, §5.3): a new desired count, deployment configuration or grace period takes
 * effect at once; a new task definition, a new platform version or `forceNewDeployment` starts a
 * new deployment, which also resets the throttle (§5.1). Unknown services: `ServiceNotFoundException: Service not found.`;
 * deleted ones: `ServiceNotActiveException: Service was not ACTIVE.` [observed].
 */
export function updateService(world: World, command: EcsCommandOf<'UpdateService'>): ServiceResult {
  const fail = (message: string, code = 'InvalidParameterException'): ServiceResult => ({
    ok: false,
    error: refused(world, code, message),
  });
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  const service = findService(world, cluster.name, command.service);
  if (service === undefined) return fail('Service not found.', 'ServiceNotFoundException');
  if (service.status !== 'ACTIVE') return fail('Service was not ACTIVE.', 'ServiceNotActiveException');
  if (command.desiredCount !== undefined && service.schedulingStrategy === 'DAEMON')
    return fail(DAEMON_DESIRED_COUNT);
  if (command.desiredCount !== undefined && command.desiredCount < 0)
    return fail('DesiredCount can not be lesser than 0');
  let def = world.taskDefinitions.find((d) => d.arn === service.taskDefinitionArn);
  const launchType = launchTypeOf({
    launchType: service.launchType,
    strategy: service.capacityProviderStrategy,
  });
  if (command.taskDefinition !== undefined) {
    const resolved = resolveTaskDefinition(world, command.taskDefinition);
    if (!resolved.ok)
      return { ok: false, error: refused(world, resolved.error.code, resolved.error.message) };
    def = resolved.definition;
    if (!def.compatibilities.includes(launchType))
      return fail(`Task definition does not support launch_type ${launchType}.`);
    if ((def.networkMode === 'awsvpc') !== (service.networkConfiguration !== null))
      return fail(
        def.networkMode === 'awsvpc'
          ? "Network Configuration must be provided when networkMode 'awsvpc' is specified."
          : 'Network Configuration is not valid for the given networkMode of this task definition.',
      );
    const lbProblem = loadBalancerProblem(world, def, service.loadBalancers);
    if (lbProblem !== null) return { ok: false, error: lbProblem };
  }
  // §6, §5.3: a new platform version (Fargate only) starts a new deployment; checked against the
  // task definition the service will run.
  const platformVersion = command.platformVersion ?? service.platformVersion;
  if (def !== undefined) {
    const platform = resolvePlatformVersion(platformVersion, def, launchType);
    if (!platform.ok) return fail(platform.message, platform.code);
  }
  const platformChanged = platformVersion !== service.platformVersion;
  const config = mergeDeploymentConfiguration(
    service.deploymentConfiguration,
    command.deploymentConfiguration,
  );
  if (service.schedulingStrategy === 'DAEMON' && config.maximumPercent > 100)
    return fail('The daemon scheduling strategy does not support values above 100 for maximumPercent.');
  const desiredCount = command.desiredCount ?? service.desiredCount;
  let next: Service = {
    ...service,
    desiredCount,
    deploymentConfiguration: config,
    healthCheckGracePeriodSeconds:
      command.healthCheckGracePeriodSeconds ?? service.healthCheckGracePeriodSeconds,
    // §5.8: without a value the setting stays; changing it starts no deployment.
    availabilityZoneRebalancing: command.availabilityZoneRebalancing ?? service.availabilityZoneRebalancing,
    ...(platformVersion === undefined ? {} : { platformVersion }),
    deployments: service.deployments.map((d) =>
      d.status === 'PRIMARY' ? { ...d, desiredCount, updatedAt: world.now } : d,
    ),
  };
  const revision = def?.arn ?? service.taskDefinitionArn;
  if (revision !== service.taskDefinitionArn || command.forceNewDeployment === true || platformChanged) {
    const deployment = withPlatform(newDeployment(world, revision, desiredCount), platformVersion);
    next = {
      ...withNewDeployment(next, deployment, world.now),
      startFailures: 0,
      retryAt: 0,
      lastPlacementProblem: null,
    };
    emit(
      world,
      'service-deployment-started',
      'info',
      `ECS service ${service.name}: new deployment ${next.deployments[0]?.id ?? ''} of ${revision.slice(revision.lastIndexOf('/') + 1)}`,
    );
  } else if (desiredCount !== service.desiredCount) {
    emit(
      world,
      'service-updated',
      'info',
      `ECS service ${service.name}: desired count ${service.desiredCount} → ${desiredCount}`,
    );
  }
  world.services = world.services.map((s) => (s === service ? next : s));
  return { ok: true };
}
