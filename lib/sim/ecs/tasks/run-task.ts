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
import { capacityProviderStrategyProblem } from '../scaling/strategy';
import { emit, refused, type World } from '../world';
import { createTask } from './create';
import { taskNeeds } from './size';

export type RunTaskCommand = EcsCommandOf<'RunTask'>;

/** Where new tasks go: a launch type, or a capacity provider (FARGATE, FARGATE_SPOT or an ASG one). */
export interface Capacity {
  readonly launchType: LaunchType;
  readonly capacityProvider: string | null;
}

/** §5.6: a launch type or a capacity provider strategy, never both; with neither, the cluster's default strategy, else EC2. */
export function chooseCapacity(
  world: World,
  cluster: Cluster,
  launchType: LaunchType | undefined,
  strategy: readonly { capacityProvider: string; base: number; weight: number }[] | undefined,
): { ok: true; capacity: Capacity } | { ok: false; error: CommandError } {
  if (launchType !== undefined && strategy !== undefined && strategy.length > 0)
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        'Specify either Launch Type or Capacity Provider Strategy, but not both.',
      ),
    };
  if (launchType !== undefined) return { ok: true, capacity: { launchType, capacityProvider: null } };
  const items =
    strategy !== undefined && strategy.length > 0 ? strategy : cluster.defaultCapacityProviderStrategy;
  const problem = capacityProviderStrategyProblem(items);
  if (problem !== null) return { ok: false, error: refused(world, 'InvalidParameterException', problem) };
  const first = [...items].sort((a, b) => b.base - a.base || b.weight - a.weight)[0];
  if (first === undefined) return { ok: true, capacity: { launchType: 'EC2', capacityProvider: null } };
  const provider = first.capacityProvider;
  if (provider === 'FARGATE' || provider === 'FARGATE_SPOT')
    return { ok: true, capacity: { launchType: 'FARGATE', capacityProvider: provider } };
  if (!cluster.capacityProviders.includes(provider))
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        `The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again.`,
      ),
    };
  return { ok: true, capacity: { launchType: 'EC2', capacityProvider: provider } };
}

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

/** Fargate spreads a group's tasks across the given subnets' Availability Zones (§4.1), skipping AZs that are down. */
export function fargateSubnet(world: World, subnets: readonly Subnet[], group: string): Subnet | null {
  const open = subnets.filter((s) => s.available);
  if (open.length === 0) return null;
  const count = (az: string): number =>
    world.tasks.filter((t) => t.group === group && t.az === az && t.desiredStatus === 'RUNNING').length;
  return open.reduce((best, subnet) => (count(subnet.az) < count(best.az) ? subnet : best));
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
  const capacity = chooseCapacity(world, cluster, command.launchType, command.capacityProviderStrategy);
  if (!capacity.ok) return capacity;
  const { launchType, capacityProvider } = capacity.capacity;
  if (!def.compatibilities.includes(launchType))
    return {
      ok: false,
      error: refused(
        world,
        'InvalidParameterException',
        `Task definition does not support launch_type ${launchType}.`,
      ),
    };
  const placementProblem = validatePlacement(
    command.placementConstraints ?? [],
    command.placementStrategy ?? [],
    launchType,
  );
  if (placementProblem !== null)
    return { ok: false, error: refused(world, placementProblem.code, placementProblem.message) };
  const network = checkNetwork(world, def, command.networkConfiguration);
  if (!network.ok) return network;
  const group = command.group ?? `family:${def.family}`;
  const base = {
    cluster: cluster.name,
    def,
    launchType,
    capacityProvider,
    group,
    startedBy: command.startedBy ?? null,
    serviceName: null,
    deploymentId: null,
  };
  const taskArns: string[] = [];
  const failures: { arn: string; reason: string }[] = [];
  if (launchType === 'FARGATE') {
    for (let index = 0; index < command.count; index += 1) {
      const subnet = fargateSubnet(world, network.subnets, group);
      if (subnet === null) {
        failures.push({
          arn: '',
          reason:
            'Capacity is unavailable at this time. Please try again later or in a different availability zone',
        });
        continue;
      }
      taskArns.push(createTask(world, { ...base, containerInstance: null, subnet }).arn);
    }
  } else {
    const inCluster = world.containerInstances.filter(
      (ci) => ci.cluster === cluster.name && ci.status !== 'INACTIVE',
    );
    const waits = capacityProvider !== null;
    if (inCluster.length === 0 && !waits)
      return {
        ok: false,
        error: refused(
          world,
          'InvalidParameterException',
          'No Container Instances were found in your cluster.',
        ),
      };
    const allowed = providerInstanceFilter(world, capacityProvider);
    const candidates = candidatesFor(world, cluster.name, group).filter(
      (c) => allowed === null || allowed(c.instance.ec2InstanceId),
    );
    const placement = placeAndRecord(world, cluster.name, candidates, {
      count: command.count,
      needs: taskNeeds(def),
      // validatePlacement (above) has checked every type and field.
      constraints: [
        ...def.placementConstraints,
        ...((command.placementConstraints ?? []) as PlacementConstraint[]),
      ],
      strategies: (command.placementStrategy ?? []) as PlacementStrategy[],
      group,
      kind: 'standalone',
      ...(def.networkMode === 'awsvpc' ? { subnetIds: network.subnets.map((s) => s.id) } : {}),
    });
    for (const id of placement.placed) {
      const ci = world.containerInstances.find((c) => c.id === id) ?? null;
      taskArns.push(createTask(world, { ...base, containerInstance: ci, subnet: null }).arn);
    }
    for (const failure of placement.failures) {
      if (waits) {
        taskArns.push(
          createTask(world, { ...base, containerInstance: null, subnet: null }).arn,
        );
        continue;
      }
      const ci = world.containerInstances.find((c) => c.id === failure.containerInstanceId);
      failures.push({ arn: ci?.arn ?? '', reason: failure.reason });
    }
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
