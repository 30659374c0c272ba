import { describe, expect, it } from 'vitest';
import { AWSVPC_NETWORK, nginxBridge, webserverFargate } from '@/lib/sim/ecs/testing/fixtures';
import { ecs, withInstancesInEveryAz } from '@/lib/sim/ecs/testing/ecs-driver';
import { createListKeeper } from './stable-lists';
import type { Task } from '@/lib/sim/ecs/types';
import { RECENTLY_STOPPED_MS, buildPicture, clusterChoices, defaultCluster } from './picture-model';

const buildZones = (...args: Parameters<typeof buildPicture>) => buildPicture(...args).zones;

const threeHosts = () => withInstancesInEveryAz(ecs(3).cluster('default'), 1).register(nginxBridge);

describe('defaultCluster', () => {
  it('is null without an ACTIVE cluster', () => {
    expect(defaultCluster(ecs().state)).toBeNull();
  });

  it('prefers default when no cluster has instances or tasks', () => {
    const state = ecs().cluster('batch').cluster('default').state;
    expect(clusterChoices(state)).toEqual(['batch', 'default']);
    expect(defaultCluster(state)).toBe('default');
  });

  it('picks the cluster with the most instances and tasks', () => {
    const state = ecs()
      .cluster('default')
      .cluster('batch')
      .withInstances(1, 'm5.large', { cluster: 'batch' }).state;
    expect(defaultCluster(state)).toBe('batch');
  });
});

describe('buildPicture', () => {
  it('draws one column per Availability Zone with its instance', () => {
    const zones = buildZones(threeHosts().state, 'default');
    expect(zones.map((zone) => zone.az)).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    for (const zone of zones) {
      expect(zone.available).toBe(true);
      expect(zone.hosts).toHaveLength(1);
      expect(zone.hosts[0]?.containerInstance?.status).toBe('ACTIVE');
      expect(zone.hosts[0]?.instance.az).toBe(zone.az);
    }
  });

  it('puts each EC2 task inside the instance it was placed on', () => {
    const driver = threeHosts().runTask('nginx', 4).wait('30s');
    const zones = buildZones(driver.state, 'default');
    const placed = zones.flatMap((zone) =>
      zone.hosts.flatMap((host) => host.tasks.map((task) => [task, host] as const)),
    );
    expect(placed).toHaveLength(4);
    for (const [task, host] of placed) expect(task.containerInstanceId).toBe(host.containerInstance?.id);
  });

  it('puts Fargate tasks in their zone with no instance', () => {
    const driver = ecs(5)
      .cluster('default')
      .register(webserverFargate)
      .runTask('webserver', 3, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .wait('10s');
    const zones = buildZones(driver.state, 'default');
    const fargate = zones.flatMap((zone) => zone.fargateTasks.map((task) => [task.az, zone.az]));
    expect(fargate).toHaveLength(3);
    for (const [taskAz, zoneAz] of fargate) expect(taskAz).toBe(zoneAz);
    expect(zones.every((zone) => zone.hosts.length === 0)).toBe(true);
  });

  it('keeps a stopped task for a minute, then drops it', () => {
    const running = threeHosts().runTask('nginx', 1).wait('1m');
    const task = running.tasks()[0];
    if (task === undefined) throw new Error('no task');
    const stopped = running.send({ type: 'StopTask', cluster: 'default', task: task.id }).wait('40s');
    const shown = () =>
      buildZones(stopped.state, 'default').flatMap((zone) => zone.hosts.flatMap((host) => host.tasks));
    expect(shown().map((t) => t.lastStatus)).toEqual(['STOPPED']);
    const later = stopped.wait(RECENTLY_STOPPED_MS);
    expect(
      buildZones(later.state, 'default').flatMap((zone) => zone.hosts.flatMap((host) => host.tasks)),
    ).toEqual([]);
  });

  it('marks a failed Availability Zone unavailable, its instance stopped', () => {
    const state = threeHosts().send({ type: 'FailAvailabilityZone', az: 'us-east-1b' }).state;
    const zone = buildZones(state, 'default').find((candidate) => candidate.az === 'us-east-1b');
    expect(zone?.available).toBe(false);
    expect(zone?.hosts[0]?.instance.state).toBe('stopped');
  });

  it('shows an instance launched for the cluster whose agent could not register', () => {
    const state = ecs().cluster('default').withInstances(1, 'm5.large', { profile: null }).state;
    const hosts = buildZones(state, 'default').flatMap((zone) => zone.hosts);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.containerInstance).toBeNull();
  });

  it('leaves out other clusters’ instances and tasks', () => {
    const state = threeHosts().cluster('batch').state;
    expect(buildZones(state, 'batch').flatMap((zone) => zone.hosts)).toEqual([]);
  });

  it('keeps EC2 tasks that wait for capacity apart, with no zone or instance', () => {
    // As the engine creates one when no instance of a capacity provider's group has room yet.
    const state = threeHosts().runTask('nginx', 1).state;
    const placed = state.tasks[0];
    if (placed === undefined) throw new Error('no task');
    const waitingTask = {
      ...placed,
      containerInstanceId: null,
      ec2InstanceId: null,
      az: '',
      lastStatus: 'PROVISIONING' as const,
    };
    const picture = buildPicture({ ...state, tasks: [waitingTask] }, 'default');
    expect(picture.waiting).toEqual([waitingTask]);
    expect(
      picture.zones.flatMap((zone) => [...zone.fargateTasks, ...zone.hosts.flatMap((host) => host.tasks)]),
    ).toEqual([]);
  });

  it('hands each list to keep, so an unchanged list can keep its identity', () => {
    const state = threeHosts().state;
    const kept: string[] = [];
    buildZones(state, 'default', (key, tasks) => {
      kept.push(key);
      return tasks;
    });
    expect(kept.filter((key) => key.startsWith('fargate:'))).toEqual([
      'fargate:us-east-1a',
      'fargate:us-east-1b',
      'fargate:us-east-1c',
    ]);
    expect(kept.filter((key) => key.startsWith('i-'))).toHaveLength(3);
    expect(kept).toContain('waiting');
  });

  it('with a list keeper, gives a steady host the same task list on the next tick (memoised cards skip it)', () => {
    const before = threeHosts().runTask('nginx', 3).wait('2m');
    const after = before.wait('1s');
    const keeper = createListKeeper<Task>();
    const first = buildPicture(before.state, 'default', keeper.keep);
    keeper.commit();
    const second = buildPicture(after.state, 'default', keeper.keep);
    const lists = (picture: typeof first) =>
      picture.zones.flatMap((zone) => zone.hosts.map((host) => host.tasks));
    expect(lists(first).flat()).toHaveLength(3);
    lists(second).forEach((list, index) => expect(list).toBe(lists(first)[index]));
  });
});
