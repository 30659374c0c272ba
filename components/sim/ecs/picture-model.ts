import type { ContainerInstance, Ec2Instance, EcsState, Task } from '@/lib/sim/ecs/types';

/** Stopped tasks (and container instances gone INACTIVE) stay in the picture this long, fading. */
export const RECENTLY_STOPPED_MS = 60_000;

/** One EC2 instance of the shown cluster, registered or not, with the tasks placed on it. */
export interface HostModel {
  readonly instance: Ec2Instance;
  readonly containerInstance: ContainerInstance | null;
  readonly tasks: readonly Task[];
}

/** One Availability Zone column: its instances and the Fargate tasks in its subnets. */
export interface ZoneModel {
  readonly az: string;
  readonly subnetIds: readonly string[];
  /** False during Dockyard's `chaos fail-az` (the state marks its subnets unavailable). */
  readonly available: boolean;
  readonly hosts: readonly HostModel[];
  readonly fargateTasks: readonly Task[];
}

/** Lets the caller swap a freshly built task list for an equal one it already has (see stable-lists.ts). */
export type KeepList = (key: string, tasks: readonly Task[]) => readonly Task[];

const keepAsBuilt: KeepList = (_key, tasks) => tasks;

/** The clusters a learner can pick: ACTIVE ones, in the order they were created. */
export function clusterChoices(state: Pick<EcsState, 'clusters'>): string[] {
  return state.clusters.filter((cluster) => cluster.status === 'ACTIVE').map((cluster) => cluster.name);
}

/**
 * The cluster shown first: the one with the most container instances and tasks that have not
 * stopped; on a tie `default`, then the first created. Null when there is no ACTIVE cluster.
 */
export function defaultCluster(
  state: Pick<EcsState, 'clusters' | 'containerInstances' | 'tasks'>,
): string | null {
  const names = clusterChoices(state);
  const score = new Map(names.map((name) => [name, 0]));
  const add = (name: string) => {
    const current = score.get(name);
    if (current !== undefined) score.set(name, current + 1);
  };
  for (const ci of state.containerInstances) if (ci.status !== 'INACTIVE') add(ci.cluster);
  for (const task of state.tasks) if (task.lastStatus !== 'STOPPED') add(task.cluster);
  let best: string | null = null;
  for (const name of names) {
    const better =
      best === null ||
      (score.get(name) ?? 0) > (score.get(best) ?? 0) ||
      ((score.get(name) ?? 0) === (score.get(best) ?? 0) && name === 'default');
    if (better) best = name;
  }
  return best;
}

function append(lists: Map<string, Task[]>, key: string, task: Task): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [task]);
  else list.push(task);
}

function recent(at: number | null, now: number): boolean {
  return at === null || now - at < RECENTLY_STOPPED_MS;
}

/** Per EC2 instance, the container instance of `cluster` to show: a live one, else the latest. */
function containerInstancesByHost(state: EcsState, cluster: string): Map<string, ContainerInstance> {
  const byHost = new Map<string, ContainerInstance>();
  for (const ci of state.containerInstances) {
    if (ci.cluster !== cluster) continue;
    const current = byHost.get(ci.ec2InstanceId);
    const better =
      current === undefined ||
      (current.status === 'INACTIVE' && ci.status !== 'INACTIVE') ||
      ((current.status === 'INACTIVE') === (ci.status === 'INACTIVE') &&
        ci.registeredAt >= current.registeredAt);
    if (better) byHost.set(ci.ec2InstanceId, ci);
  }
  return byHost;
}

/** One cluster's picture: its zones, and EC2 tasks waiting in PROVISIONING for capacity (§5.6). */
export interface PictureModel {
  readonly zones: readonly ZoneModel[];
  readonly waiting: readonly Task[];
}

/**
 * The picture of one cluster, one column per Availability Zone: registered instances (INACTIVE ones
 * for a minute), instances launched for it whose agent has not registered, EC2 tasks on their
 * instance, Fargate tasks in their zone, EC2 tasks no instance could take yet, and tasks stopped in
 * the last minute.
 */
export function buildPicture(state: EcsState, cluster: string, keep: KeepList = keepAsBuilt): PictureModel {
  const byHost = containerInstancesByHost(state, cluster);
  const hosts: { instance: Ec2Instance; containerInstance: ContainerInstance | null }[] = [];
  for (const instance of state.instances) {
    const ci = byHost.get(instance.id) ?? null;
    if (ci !== null) {
      if (ci.status !== 'INACTIVE' || recent(ci.inactiveAt, state.now))
        hosts.push({ instance, containerInstance: ci });
    } else if (instance.ecsCluster === cluster && instance.state !== 'terminated') {
      hosts.push({ instance, containerInstance: null });
    }
  }

  const hostOfCi = new Map<string, string>();
  for (const host of hosts)
    if (host.containerInstance !== null) hostOfCi.set(host.containerInstance.id, host.instance.id);
  const tasksByHost = new Map<string, Task[]>();
  const fargateByAz = new Map<string, Task[]>();
  const waiting: Task[] = [];
  for (const task of state.tasks) {
    if (task.cluster !== cluster) continue;
    if (task.lastStatus === 'STOPPED' && !recent(task.stoppedAt, state.now)) continue;
    if (task.launchType === 'FARGATE') {
      append(fargateByAz, task.az, task);
      continue;
    }
    if (task.containerInstanceId === null) {
      waiting.push(task);
      continue;
    }
    const hostId = hostOfCi.get(task.containerInstanceId) ?? task.ec2InstanceId;
    if (hostId !== null) append(tasksByHost, hostId, task);
  }

  const zoneNames = [...new Set(state.subnets.map((subnet) => subnet.az))].sort();
  const zones = zoneNames.map((az) => {
    const subnets = state.subnets.filter((subnet) => subnet.az === az);
    return {
      az,
      subnetIds: subnets.map((subnet) => subnet.id),
      available: subnets.every((subnet) => subnet.available),
      hosts: hosts
        .filter((host) => host.instance.az === az)
        .map((host) => ({ ...host, tasks: keep(host.instance.id, tasksByHost.get(host.instance.id) ?? []) })),
      fargateTasks: keep(`fargate:${az}`, fargateByAz.get(az) ?? []),
    };
  });
  return { zones, waiting: keep('waiting', waiting) };
}
