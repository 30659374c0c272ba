import type { Json, CommandError } from '../../core/types';
import type { EcsCommandOf } from '../commands';
import { clusterNotFound, findCluster } from '../clusters';
import { candidatesFor, validatePlacement } from '../placement';
import { placeAndRecord } from './place';
import { resolveTaskDefinition } from '../taskdef';
import type {
  AwsVpcConfiguration,
  Cluster,
  LaunchType,
  PlacementConstraint,
  PlacementStrategy,
  Subnet,
  TaskDefinition,
} from '../types';
import { assignProviders, launchTypeOf, resolveServiceCapacity } from '../services/capacity';
import { emit, refused, type World } from '../world';
import { fargateRoom, runTaskReason } from '../fargate/launch-room';
import { resolvePlatformVersion } from '../fargate/platform-versions';
import { CAPACITY_UNAVAILABLE, spotDefinitionProblem } from '../fargate/spot-rules';
import { createTask } from './create';
import { fargateSubnet } from './fargate-subnet';
import { taskNeeds, taskSize } from './size';

export type RunTaskCommand = EcsCommandOf<'RunTask'>;

/** Checks the network configuration against the definition's mode (§2.2 awsvpc) and returns its subnets. */
export function checkNetwork(
  world: World,
  def: TaskDefinition,
  network: AwsVpcConfiguration | undefined,
): { ok: true; subnets: Subnet[] } | { ok: false; error: CommandError } {
  if (def.networkMode !== 'awsvpc') {
    if (network !== undefined)
      return {
        ok: false,
        error: refused(
          world,
          'InvalidParameterException',
          'Network Configuration is not valid for the given networkMode of this task definition.',
        ),
      };
    return { ok: true, subnets: [] };
  }
  if (network === undefined || network.subnets.length === 0)
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
      ),
    };
  const subnets: Subnet[] = [];
  for (const id of network.subnets) {
    const subnet = world.subnets.find((s) => s.id === id);
    if (subnet === undefined)
      return {
        ok: false,
        error: refused(
          world,
          'InvalidParameterException',
          `Error retrieving subnet information for [${id}]: The subnet ID '${id}' does not exist (ErrorCode: InvalidSubnetID.NotFound)`,
        ),
      };
    subnets.push(subnet);
  }
  return { ok: true, subnets };
}

/** The instances an ASG capacity provider may place on (its group's instances), or all. */
export function providerInstanceFilter(
  world: World,
  capacityProvider: string | null,
): ((ec2InstanceId: string) => boolean) | null {
  if (capacityProvider === null || capacityProvider.startsWith('FARGATE')) return null;
  const provider = world.capacityProviders.find((p) => p.name === capacityProvider);
  const asg = world.autoScalingGroups.find((g) => g.arn === provider?.autoScalingGroupArn);
  return (id) => world.instances.some((i) => i.id === id && i.autoScalingGroup === asg?.name);
}

interface RunRequest {
  readonly world: World;
  readonly cluster: Cluster;
  readonly def: TaskDefinition;
  readonly group: string;
  readonly startedBy: string | null;
  readonly command: RunTaskCommand;
  readonly subnets: readonly Subnet[];
  /** Fargate: the platform version resolved (§6); EC2: null. */
  readonly platformVersion: string | null;
}

interface Launched {
  readonly taskArns: string[];
  readonly failures: { arn: string; reason: string }[];
}

function newTaskBase(request: RunRequest, launchType: LaunchType, capacityProvider: string | null) {
  return {
    cluster: request.cluster.name,
    def: request.def,
    launchType,
    capacityProvider,
    group: request.group,
    startedBy: request.startedBy,
    serviceName: null,
    deploymentId: null,
    platformVersion: request.platformVersion,
    assignPublicIp: request.command.networkConfiguration?.assignPublicIp === 'ENABLED',
  };
}

/**
 * Fargate tasks take an ENI in one of the subnets, spread over their AZs (§6), as far as Fargate
 * Spot capacity and the vCPU quota allow (fargate/launch-room.ts).
 */
function runOnFargate(request: RunRequest, provider: string | null, count: number): Launched {
  const { world } = request;
  const launched: Launched = { taskArns: [], failures: [] };
  const room = fargateRoom(world, provider, taskSize(request.def).cpu, count);
  for (let index = 0; index < count; index += 1) {
    if (index >= room.count && room.blocked !== null) {
      launched.failures.push({ arn: '', reason: runTaskReason(room.blocked) });
      continue;
    }
    const subnet = fargateSubnet(world, request.subnets, request.group);
    if (subnet === null)
      launched.failures.push({
        arn: '',
        reason: CAPACITY_UNAVAILABLE,
      });
    else
      launched.taskArns.push(
        createTask(world, { ...newTaskBase(request, 'FARGATE', provider), containerInstance: null, subnet })
          .arn,
      );
  }
  return launched;
}

/**
 * EC2 tasks are placed (§4); what does not fit comes back in failures[], except on an Auto
 * Scaling group capacity provider, where it waits in PROVISIONING for capacity (§5.6).
 */
function runOnEc2(request: RunRequest, provider: string | null, count: number): Launched {
  const { world, cluster, def, command } = request;
  const launched: Launched = { taskArns: [], failures: [] };
  const allowed = providerInstanceFilter(world, provider);
  const candidates = candidatesFor(world, cluster.name, request.group).filter(
    (c) => allowed === null || allowed(c.instance.ec2InstanceId),
  );
  const placement = placeAndRecord(world, cluster.name, candidates, {
    count,
    needs: taskNeeds(def),
    // validatePlacement has checked every type and field.
    constraints: [
      ...def.placementConstraints,
      ...((command.placementConstraints ?? []) as PlacementConstraint[]),
    ],
    strategies: (command.placementStrategy ?? []) as PlacementStrategy[],
    group: request.group,
    kind: 'standalone',
    ...(def.networkMode === 'awsvpc' ? { subnetIds: request.subnets.map((s) => s.id) } : {}),
  });
  const base = newTaskBase(request, 'EC2', provider);
  for (const id of placement.placed) {
    const ci = world.containerInstances.find((c) => c.id === id) ?? null;
    launched.taskArns.push(createTask(world, { ...base, containerInstance: ci, subnet: null }).arn);
  }
  for (const failure of placement.failures) {
    if (provider !== null) {
      launched.taskArns.push(createTask(world, { ...base, containerInstance: null, subnet: null }).arn);
      continue;
    }
    const ci = world.containerInstances.find((c) => c.id === failure.containerInstanceId);
    launched.failures.push({ arn: ci?.arn ?? '', reason: failure.reason });
  }
  return launched;
}

/**
 * RunTask (§3.3): up to 10 tasks; unplaceable ones come back in `failures[]` instead of failing the
 * call. With an ASG capacity provider, tasks that do not fit wait in PROVISIONING for capacity.
 */
export function runTask(
  world: World,
  command: RunTaskCommand,
): { ok: true; response: Json } | { ok: false; error: CommandError } {
  const cluster = findCluster(world, command.cluster);
  if (cluster === undefined) return { ok: false, error: clusterNotFound(world) };
  // The exact wording for a count outside 1–10 was not found in a primary source (unconfirmed).
  if (command.count < 1 || command.count > 10)
    return {
      ok: false,
      error: refused(world, 'InvalidParameterException', 'The count value must be between 1 and 10.'),
    };
  const resolved = resolveTaskDefinition(world, command.taskDefinition);
  if (!resolved.ok) return { ok: false, error: refused(world, resolved.error.code, resolved.error.message) };
  const def = resolved.definition;
  // §5.6: a launch type or a strategy (base first, then by weight), never both; by default the
  // cluster's default strategy, else EC2. Shared with services (services/capacity.ts).
  const capacity = resolveServiceCapacity(
    world,
    cluster,
    command.launchType,
    command.capacityProviderStrategy,
  );
  if (!capacity.ok) return capacity;
  const launchType = launchTypeOf(capacity.capacity);
  if (!def.compatibilities.includes(launchType))
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        `Task definition does not support launch_type ${launchType}.`,
      ),
    };
  // §6: the platform version (Fargate only), and what Fargate Spot cannot run (§5.6).
  const platform = resolvePlatformVersion(command.platformVersion, def, launchType);
  if (!platform.ok) return { ok: false, error: refused(world, platform.code, platform.message) };
  const spotProblem = spotDefinitionProblem(def, capacity.capacity.strategy);
  if (spotProblem !== null)
    return { ok: false, error: refused(world, 'InvalidParameterException', spotProblem) };
  const placementProblem = validatePlacement(
    command.placementConstraints ?? [],
    command.placementStrategy ?? [],
    launchType,
  );
  if (placementProblem !== null)
    return { ok: false, error: refused(world, placementProblem.code, placementProblem.message) };
  const network = checkNetwork(world, def, command.networkConfiguration);
  if (!network.ok) return network;
  const strategy = capacity.capacity.strategy;
  const providers: (string | null)[] =
    strategy.length === 0
      ? Array.from({ length: command.count }, () => null)
      : assignProviders(strategy, new Map(), command.count);
  const waitsForCapacity = strategy.length > 0 && launchType === 'EC2';
  if (
    launchType === 'EC2' &&
    !waitsForCapacity &&
    !world.containerInstances.some((ci) => ci.cluster === cluster.name && ci.status !== 'INACTIVE')
  )
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        'No Container Instances were found in your cluster.',
      ),
    };
  const request: RunRequest = {
    world,
    cluster,
    def,
    group: command.group ?? `family:${def.family}`,
    startedBy: command.startedBy ?? null,
    command,
    subnets: network.subnets,
    platformVersion: platform.version,
  };
  const taskArns: string[] = [];
  const failures: { arn: string; reason: string }[] = [];
  for (const provider of new Set(providers)) {
    const count = providers.filter((p) => p === provider).length;
    const result =
      launchType === 'FARGATE' ? runOnFargate(request, provider, count) : runOnEc2(request, provider, count);
    taskArns.push(...result.taskArns);
    failures.push(...result.failures);
  }
  if (failures.length > 0)
    emit(
      world,
      'run-task-failures',
      'warning',
      `RunTask: ${failures.length} of ${command.count} task(s) could not be placed (${[...new Set(failures.map((f) => f.reason))].join(', ')})`,
    );
  return { ok: true, response: { taskArns, failures } };
}
