import {
  candidatesFor,
  explainPlacement,
  unableToPlaceMessage,
  type PlacementRequest,
} from '../placement';
import { placeAndRecord } from '../tasks/place';
import { createTask, type NewTask } from '../tasks/create';
import { fargateRoom, serviceEventFor } from '../fargate/launch-room';
import { resolvePlatformVersion } from '../fargate/platform-versions';
import { fargateSubnet } from '../tasks/fargate-subnet';
import { providerInstanceFilter } from '../tasks/run-task';
import { taskNeeds, taskSize } from '../tasks/size';
import type { Deployment, PlacementConstraint, Service, Subnet, Task, TaskDefinition } from '../types';
import type { World } from '../world';
import { assignProviders, isFargateProvider } from './capacity';
import { serviceMessages } from './service-events';

/**
 * Starting a service's tasks (§5.1): Fargate tasks spread over the subnets' Availability Zones,
 * EC2 tasks placed by the service's strategies (default: spread over AZs, §4.2). With an Auto
 * Scaling group capacity provider, a task that fits nowhere waits in PROVISIONING for capacity
 * (§5.6); otherwise it is not started and the service posts ECS's "unable to place" event.
 */
export interface StartResult {
  readonly started: Task[];
  /** The event explaining why some tasks could not start, or null. */
  readonly problem: string | null;
}

export function serviceGroup(service: Pick<Service, 'name'>): string {
  return `service:${service.name}`;
}

export function serviceSubnets(world: Pick<World, 'subnets'>, service: Service): Subnet[] {
  const ids = service.networkConfiguration?.subnets ?? [];
  return world.subnets.filter((s) => ids.includes(s.id));
}

/** The memberOf constraint that keeps a task in one Availability Zone (AZ rebalancing, §5.8). */
export function inAvailabilityZone(az: string): PlacementConstraint {
  return { type: 'memberOf', expression: `attribute:ecs.availability-zone == ${az}` };
}

/**
 * The placement request for more tasks of the service (EC2 capacity); with `az`, only instances
 * in that Availability Zone qualify.
 */
export function placementRequest(
  service: Service,
  def: TaskDefinition,
  count: number,
  az?: string,
): PlacementRequest {
  return {
    count,
    needs: taskNeeds(def),
    constraints: [
      ...def.placementConstraints,
      ...service.placementConstraints,
      ...(az === undefined ? [] : [inAvailabilityZone(az)]),
    ],
    strategies: service.placementStrategy,
    group: serviceGroup(service),
    kind: 'service',
    ...(def.networkMode === 'awsvpc' ? { subnetIds: service.networkConfiguration?.subnets ?? [] } : {}),
  };
}

function base(
  service: Service,
  deployment: Deployment,
  def: TaskDefinition,
): Omit<NewTask, 'launchType' | 'capacityProvider' | 'containerInstance' | 'subnet'> {
  return {
    cluster: service.cluster,
    def,
    group: serviceGroup(service),
    startedBy: deployment.id,
    serviceName: service.name,
    deploymentId: deployment.id,
    platformVersion: servicePlatformVersion(service, def),
  };
}

/** §6: the version the service's Fargate tasks run on (checked when the service was created or updated). */
function servicePlatformVersion(service: Service, def: TaskDefinition): string | null {
  if (service.launchType === 'EC2') return null;
  const resolved = resolvePlatformVersion(service.platformVersion, def, 'FARGATE');
  return resolved.ok ? resolved.version : null;
}

function startOnEc2(
  world: World,
  service: Service,
  deployment: Deployment,
  def: TaskDefinition,
  count: number,
  provider: string | null,
  az: string | undefined,
): StartResult {
  const allowed = providerInstanceFilter(world, provider);
  const candidates = () =>
    candidatesFor(world, service.cluster, serviceGroup(service)).filter(
      (c) => allowed === null || allowed(c.instance.ec2InstanceId),
    );
  const request = placementRequest(service, def, count, az);
  const placement = placeAndRecord(world, service.cluster, candidates(), request);
  const started: Task[] = [];
  const common = {
    ...base(service, deployment, def),
    launchType: 'EC2' as const,
    capacityProvider: provider,
    subnet: null,
  };
  for (const id of placement.placed) {
    const containerInstance = world.containerInstances.find((c) => c.id === id) ?? null;
    started.push(createTask(world, { ...common, containerInstance }));
  }
  if (placement.failures.length === 0) return { started, problem: null };
  // A task bound for one AZ does not wait in PROVISIONING: a waiting task may land anywhere.
  if (provider !== null && az === undefined) {
    for (let n = 0; n < placement.failures.length; n += 1)
      started.push(createTask(world, { ...common, containerInstance: null }));
    return { started, problem: null };
  }
  const explanation = explainPlacement(candidates(), { ...request, count: 1 });
  const message =
    unableToPlaceMessage(service.name, explanation) ??
    `(service ${service.name}) was unable to place a task because no container instance met all of its requirements.`;
  return { started, problem: message };
}

function startOnFargate(
  world: World,
  service: Service,
  deployment: Deployment,
  def: TaskDefinition,
  providers: readonly (string | null)[],
  az: string | undefined,
): StartResult {
  const subnets = serviceSubnets(world, service).filter((s) => az === undefined || s.az === az);
  const started: Task[] = [];
  // Spot capacity and the vCPU quota (fargate/launch-room.ts); every task here has one provider.
  const room = fargateRoom(world, providers[0] ?? null, taskSize(def).cpu, providers.length);
  for (const [index, provider] of providers.entries()) {
    if (index >= room.count && room.blocked !== null)
      return { started, problem: serviceEventFor(room.blocked, service.name) };
    const subnet = fargateSubnet(world, subnets, serviceGroup(service));
    if (subnet === null) return { started, problem: serviceMessages.noFargateCapacity(service.name) };
    started.push(
      createTask(world, {
        ...base(service, deployment, def),
        launchType: 'FARGATE',
        capacityProvider: provider,
        containerInstance: null,
        subnet,
        assignPublicIp: service.networkConfiguration?.assignPublicIp === 'ENABLED',
      }),
    );
  }
  return { started, problem: null };
}

/** The capacity provider of each of `count` new tasks of a strategy service, given its live tasks. */
export function nextProviders(service: Service, live: readonly Task[], count: number): string[] {
  const counts = new Map<string, number>();
  for (const task of live)
    if (task.capacityProvider !== null)
      counts.set(task.capacityProvider, (counts.get(task.capacityProvider) ?? 0) + 1);
  return assignProviders(service.capacityProviderStrategy, counts, count);
}

/**
 * Starts up to `count` tasks of `deployment` (a REPLICA service), given the service's live tasks;
 * with `az`, in that Availability Zone only (AZ rebalancing, §5.8).
 */
export function startServiceTasks(
  world: World,
  service: Service,
  deployment: Deployment,
  def: TaskDefinition,
  count: number,
  live: readonly Task[],
  az?: string,
): StartResult {
  if (count <= 0) return { started: [], problem: null };
  if (service.launchType === 'FARGATE')
    return startOnFargate(world, service, deployment, def, new Array<null>(count).fill(null), az);
  if (service.launchType === 'EC2') return startOnEc2(world, service, deployment, def, count, null, az);
  const picks = nextProviders(service, live, count);
  const started: Task[] = [];
  let problem: string | null = null;
  for (const provider of [...new Set(picks)]) {
    const n = picks.filter((p) => p === provider).length;
    const result = isFargateProvider(provider)
      ? startOnFargate(world, service, deployment, def, new Array<string>(n).fill(provider), az)
      : startOnEc2(world, service, deployment, def, n, provider, az);
    started.push(...result.started);
    problem = problem ?? result.problem;
  }
  return { started, problem };
}

/** DAEMON: one task on each given container instance. */
export function startOnInstances(
  world: World,
  service: Service,
  deployment: Deployment,
  def: TaskDefinition,
  instanceIds: readonly string[],
): Task[] {
  const started: Task[] = [];
  for (const id of instanceIds) {
    const containerInstance = world.containerInstances.find((c) => c.id === id) ?? null;
    if (containerInstance === null) continue;
    started.push(
      createTask(world, {
        ...base(service, deployment, def),
        launchType: 'EC2',
        capacityProvider: null,
        containerInstance,
        subnet: null,
      }),
    );
  }
  return started;
}
