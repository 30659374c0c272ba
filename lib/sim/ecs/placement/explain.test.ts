import { describe, expect, it } from 'vitest';
import { seedRng } from '../../core/rng';
import { explainPlacement } from './explain';
import { placeTasks } from './place-tasks';
import { fleet, placementRequest, taskNeeds } from './testing/fleet';
import { grouped } from './why';

describe('explainPlacement', () => {
  it('gives one row per instance with its ids and AZ, in candidate order', () => {
    const rows = explainPlacement(fleet().add(3).build(), placementRequest());
    expect(rows.map((row) => [row.containerInstanceId, row.ec2InstanceId, row.az])).toEqual([
      ['ci-0', 'i-00000000000000000', 'us-east-1a'],
      ['ci-1', 'i-00000000000000001', 'us-east-1b'],
      ['ci-2', 'i-00000000000000002', 'us-east-1c'],
    ]);
  });

  it('names the first check of §4.1 each filtered instance fails, in plain words', () => {
    const candidates = fleet()
      .add(1, { cpu: 1024 })
      .add(1, { memory: 7985, reservedMemory: 6962 })
      .add(1, { reservedPorts: [80] })
      .add(1, { enis: 1, reservedEnis: 1 })
      .add(1, { agentConnected: false })
      .add(1, { status: 'DRAINING' })
      .add(1, { instanceType: 'm6g.large' })
      .add(1, { groupTasks: 1 })
      .add(1, { az: 'us-east-1d' })
      .build();
    const request = placementRequest({
      needs: taskNeeds({
        cpu: 2048,
        memory: 1024,
        ports: [80],
        eni: true,
        requiredAttributes: { 'ecs.cpu-architecture': 'x86_64' },
      }),
      constraints: [
        { type: 'distinctInstance' },
        { type: 'memberOf', expression: 'attribute:ecs.availability-zone != us-east-1d' },
      ],
    });
    const rows = explainPlacement(candidates, request);
    expect(rows.map((row) => [row.verdict, row.filteredBy, row.why])).toEqual([
      ['filtered', 'CPU', '1,024 CPU units left, the task needs 2,048'],
      ['filtered', 'MEMORY', '1,023 MiB left, the task needs 1,024 MiB'],
      ['filtered', 'PORTS', 'port 80 already reserved on it (the task binds 80)'],
      ['filtered', 'ENI', 'no free ENI attachment point for an awsvpc task (1 of 1 in use)'],
      ['filtered', 'AGENT', 'its ECS agent is disconnected'],
      ['filtered', 'STATUS', 'it is DRAINING: ECS places no new tasks on it'],
      ['filtered', 'ATTRIBUTE', 'it has ecs.cpu-architecture=arm64, the task requires x86_64'],
      ['filtered', 'distinctInstance', 'distinctInstance: it already runs a task of service:web'],
      ['filtered', 'memberOf', 'memberOf: it does not match "attribute:ecs.availability-zone != us-east-1d"'],
    ]);
  });

  it('explains ranked instances by the strategies, stopping at the first one they lose on (§4.2)', () => {
    const candidates = fleet()
      .add(1, { az: 'us-east-1a', serviceTasks: 1 })
      .add(1, { az: 'us-east-1b', serviceTasks: 1 })
      .add(1, { az: 'us-east-1b' })
      .add(1, { az: 'us-east-1c', serviceTasks: 0 })
      .edit(0, { serviceTasks: 2 })
      .build();
    const rows = explainPlacement(candidates, placementRequest());
    expect(rows.map((row) => [row.verdict, row.rank, row.why])).toEqual([
      [
        'ranked',
        4,
        'spread attribute:ecs.availability-zone: us-east-1a has 2 tasks of this service (fewest: 0)',
      ],
      // Same AZ, but more tasks of the service on the instance itself: ranked after ci-2.
      [
        'ranked',
        3,
        'spread attribute:ecs.availability-zone: us-east-1b has 1 task of this service (fewest: 0)',
      ],
      [
        'ranked',
        2,
        'spread attribute:ecs.availability-zone: us-east-1b has 1 task of this service (fewest: 0)',
      ],
      [
        'chosen',
        1,
        'spread attribute:ecs.availability-zone: us-east-1c has 0 tasks of this service, fewest; then spread instanceId: 0 tasks of this service here, fewest',
      ],
    ]);
  });

  it('describes binpack by what would be left, and says when a tie was broken at random', () => {
    const candidates = fleet().add(1, { reservedMemory: 985 }).add(1, { reservedMemory: 985 }).add(1).build();
    const request = placementRequest({ strategies: [{ type: 'binpack', field: 'memory' }] });
    const rows = explainPlacement(candidates, request);
    expect(rows[0]?.why).toBe(
      'binpack memory: 6,488 MiB would be left, least; tied with 1 other instance, picked at random',
    );
    expect(rows[1]?.why).toBe(
      'binpack memory: 6,488 MiB would be left, least; tied for first, another was picked at random',
    );
    expect(rows[2]?.why).toBe('binpack memory: 7,473 MiB would be left (least: 6,488 MiB)');
  });

  it('marks as chosen the instance placeTasks picks with the same PRNG', () => {
    const candidates = fleet().add(9).build();
    const request = placementRequest({ kind: 'standalone' });
    for (const seed of [1, 2, 3, 4, 5]) {
      const chosen = explainPlacement(candidates, request, seedRng(seed)).find(
        (row) => row.verdict === 'chosen',
      );
      expect(chosen?.containerInstanceId).toBe(placeTasks(candidates, request, seedRng(seed)).placed[0]);
      expect(chosen?.why).toContain('random: any instance still in the running may be picked');
    }
  });

  it('says why a subnet or a missing attribute rules an instance out', () => {
    const candidates = fleet().add(1).build();
    const subnet = explainPlacement(candidates, placementRequest({ subnetIds: ['subnet-x'] }));
    expect(subnet[0]?.why).toBe("it is in subnet-0a1b2c3d4e5f60718, not in the task's subnets (subnet-x)");
    const missing = explainPlacement(
      candidates,
      placementRequest({ needs: taskNeeds({ requiredAttributes: { gpu: '' } }) }),
    );
    expect(missing[0]?.why).toBe('it lacks the attribute gpu the task requires');
  });

  it('explains the 100-port limit and an invalid memberOf expression', () => {
    const reservedPorts = Array.from({ length: 95 }, (_, i) => 1000 + i);
    const ports = explainPlacement(
      fleet().add(1, { reservedPorts }).build(),
      placementRequest({ needs: taskNeeds({ ports: [80] }) }),
    );
    expect(ports[0]?.why).toBe('it reserves 100 host ports; 1 more would pass the limit of 100');
    const bad = explainPlacement(
      fleet().add(1).build(),
      placementRequest({ constraints: [{ type: 'memberOf', expression: 'nope' }] }),
    );
    expect(bad[0]?.why).toBe('memberOf: "nope" is not a valid expression, so no instance matches');
  });
});

describe('grouped', () => {
  it('writes thousands with commas whatever the locale', () => {
    expect([grouped(0), grouped(995), grouped(2048), grouped(1234567), grouped(-2048)]).toEqual([
      '0',
      '995',
      '2,048',
      '1,234,567',
      '-2,048',
    ]);
  });
});
