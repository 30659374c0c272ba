import { describe, expect, it } from 'vitest';
import { seedRng } from '../../core/rng';
import { placeTasks } from './place-tasks';
import { NO_CONTAINER_INSTANCES } from './placement-types';
import { fleet, placementRequest, taskNeeds } from './testing/fleet';

const rng = seedRng(7);
const tally = (ids: readonly string[]) =>
  ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }), {});

describe('placeTasks', () => {
  it('places on an instance with enough CPU and memory, and reports RESOURCE:MEMORY otherwise (§4.1, §3.3)', () => {
    const candidates = fleet().add(1, { memory: 1024 }).add(1, { memory: 995 }).build();
    const result = placeTasks(
      candidates,
      placementRequest({ count: 2, needs: taskNeeds({ memory: 1000 }) }),
      rng,
    );
    expect(result.placed).toEqual(['ci-0']);
    expect(result.failures).toEqual([{ reason: 'RESOURCE:MEMORY', containerInstanceId: 'ci-0' }]);
  });

  it('reports RESOURCE:CPU when the CPU units run out first (§4.1 order: CPU before memory)', () => {
    const candidates = fleet().add(1, { cpu: 1024, memory: 512 }).build();
    const result = placeTasks(
      candidates,
      placementRequest({ needs: taskNeeds({ cpu: 2048, memory: 2048 }) }),
      rng,
    );
    expect(result.failures).toEqual([{ reason: 'RESOURCE:CPU', containerInstanceId: 'ci-0' }]);
  });

  it('counts what earlier tasks of the same call reserved', () => {
    const candidates = fleet().add(1, { cpu: 2048, memory: 7985 }).build();
    const result = placeTasks(
      candidates,
      placementRequest({ count: 3, needs: taskNeeds({ cpu: 1024 }) }),
      rng,
    );
    expect(result.placed).toEqual(['ci-0', 'ci-0']);
    expect(result.failures.map((failure) => failure.reason)).toEqual(['RESOURCE:CPU']);
  });

  it('puts at most one task with a static host port on each instance (§4.5)', () => {
    const candidates = fleet().add(3).build();
    const result = placeTasks(
      candidates,
      placementRequest({ count: 4, needs: taskNeeds({ ports: [80] }) }),
      rng,
    );
    expect(Object.values(tally(result.placed))).toEqual([1, 1, 1]);
    expect(result.failures).toEqual([{ reason: 'RESOURCE:PORTS', containerInstanceId: 'ci-0' }]);
  });

  it('refuses a port the agent reserves by default (§1.3 ECS_RESERVED_PORTS)', () => {
    const result = placeTasks(
      fleet().add(1).build(),
      placementRequest({ needs: taskNeeds({ ports: [22] }) }),
      rng,
    );
    expect(result.failures[0]?.reason).toBe('RESOURCE:PORTS');
  });

  it('refuses to pass 100 reserved host ports, defaults included (§1.3)', () => {
    const reservedPorts = Array.from({ length: 94 }, (_, i) => 1000 + i);
    const candidates = fleet().add(1, { reservedPorts }).build();
    expect(
      placeTasks(candidates, placementRequest({ needs: taskNeeds({ ports: [80] }) }), rng).placed,
    ).toEqual(['ci-0']);
    const two = placeTasks(candidates, placementRequest({ needs: taskNeeds({ ports: [80, 81] }) }), rng);
    expect(two.failures[0]?.reason).toBe('RESOURCE:PORTS');
  });

  it('gives each awsvpc task an ENI attachment point and reports RESOURCE:ENI when none is left (§4.4)', () => {
    const candidates = fleet().add(1, { enis: 2 }).build();
    const result = placeTasks(
      candidates,
      placementRequest({ count: 3, needs: taskNeeds({ eni: true }) }),
      rng,
    );
    expect(result.placed).toHaveLength(2);
    expect(result.failures).toEqual([{ reason: 'RESOURCE:ENI', containerInstanceId: 'ci-0' }]);
  });

  it('never places on a disconnected agent and says AGENT (§1.4)', () => {
    const result = placeTasks(fleet().add(1, { agentConnected: false }).build(), placementRequest(), rng);
    expect(result.placed).toEqual([]);
    expect(result.failures).toEqual([{ reason: 'AGENT', containerInstanceId: 'ci-0' }]);
  });

  it('never places on DRAINING or INACTIVE instances, and never names them as closest (§1.4)', () => {
    const candidates = fleet().add(1, { status: 'DRAINING' }).add(1, { status: 'INACTIVE' }).build();
    const result = placeTasks(candidates, placementRequest(), rng);
    expect(result.placed).toEqual([]);
    expect(result.failures).toEqual([{ reason: 'MISSING', detail: NO_CONTAINER_INSTANCES }]);
  });

  it('answers MISSING with ECS’s sentence when the cluster has no instances', () => {
    expect(placeTasks([], placementRequest({ count: 2 }), rng).failures).toEqual([
      { reason: 'MISSING', detail: NO_CONTAINER_INSTANCES },
      { reason: 'MISSING', detail: NO_CONTAINER_INSTANCES },
    ]);
  });

  it('requires the task’s attributes and reports ATTRIBUTE (§4.1)', () => {
    const candidates = fleet().add(1).add(1, { instanceType: 'm6g.large' }).build();
    const arm = taskNeeds({ requiredAttributes: { 'ecs.cpu-architecture': 'arm64' } });
    expect(placeTasks(candidates, placementRequest({ count: 2, needs: arm }), rng)).toMatchObject({
      placed: ['ci-1', 'ci-1'],
      failures: [],
    });
    const logging = taskNeeds({
      requiredAttributes: { 'com.amazonaws.ecs.capability.logging-driver.splunk': '' },
    });
    expect(placeTasks(candidates, placementRequest({ needs: logging }), rng).failures[0]?.reason).toBe(
      'ATTRIBUTE',
    );
  });

  it('keeps awsvpc tasks to instances in the given subnets (§4.4: otherwise ATTRIBUTE)', () => {
    const candidates = fleet().add(3).build();
    const subnet = candidates[1]?.instance.attributes['ecs.subnet-id'] ?? '';
    const result = placeTasks(candidates, placementRequest({ count: 2, subnetIds: [subnet] }), rng);
    expect(result.placed).toEqual(['ci-1', 'ci-1']);
    const none = placeTasks(candidates, placementRequest({ subnetIds: ['subnet-elsewhere'] }), rng);
    expect(none.failures[0]?.reason).toBe('ATTRIBUTE');
  });

  it('keeps each task of the group on a different instance with distinctInstance (§4.3)', () => {
    const candidates = fleet().add(3).edit(2, { groupTasks: 1 }).build();
    const request = placementRequest({ count: 3, constraints: [{ type: 'distinctInstance' }] });
    const result = placeTasks(candidates, request, rng);
    expect([...result.placed].sort()).toEqual(['ci-0', 'ci-1']);
    expect(result.failures).toEqual([
      { reason: 'DistinctInstance placement constraint unsatisfied.', containerInstanceId: 'ci-0' },
    ]);
  });

  it('places only on instances matching every memberOf expression (§4.3)', () => {
    const candidates = fleet().add(2).add(2, { instanceType: 't3.small' }).build();
    const request = placementRequest({
      count: 6,
      constraints: [
        { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' },
        { type: 'memberOf', expression: 'attribute:ecs.availability-zone != us-east-1c' },
      ],
    });
    const result = placeTasks(candidates, request, rng);
    expect(new Set(result.placed)).toEqual(new Set(['ci-3']));
    const none = placeTasks(
      candidates,
      placementRequest({ constraints: [{ type: 'memberOf', expression: 'attribute:x exists' }] }),
      rng,
    );
    expect(none.failures[0]?.reason).toBe('MemberOf placement constraint unsatisfied.');
  });

  it('re-evaluates task:group expressions as tasks of the group land (anti-affinity)', () => {
    const candidates = fleet().add(3).build();
    const request = placementRequest({
      count: 4,
      group: 'family:db',
      kind: 'standalone',
      constraints: [{ type: 'memberOf', expression: 'not(task:group == family:db)' }],
    });
    const result = placeTasks(candidates, request, rng);
    expect(new Set(result.placed).size).toBe(3);
    expect(result.failures[0]?.reason).toBe('MemberOf placement constraint unsatisfied.');
  });

  it('treats an unparsable memberOf expression as matching nothing', () => {
    const request = placementRequest({ constraints: [{ type: 'memberOf', expression: 'attribute:a ==' }] });
    expect(placeTasks(fleet().add(2).build(), request, rng).failures[0]?.reason).toBe(
      'MemberOf placement constraint unsatisfied.',
    );
  });

  it('names the instance that got furthest through the checks as the closest match (§4.4)', () => {
    const candidates = fleet()
      .add(1, { cpu: 128 })
      .add(1, { memory: 100 })
      .add(1, { agentConnected: false })
      .build();
    expect(placeTasks(candidates, placementRequest(), rng).failures).toEqual([
      { reason: 'AGENT', containerInstanceId: 'ci-2' },
    ]);
  });

  it('binpacks on memory: the instance left with the least memory gets the task (§4.2)', () => {
    const candidates = fleet()
      .add(1, { reservedMemory: 1000 })
      .add(1, { reservedMemory: 6000 })
      .add(1)
      .build();
    const request = placementRequest({ count: 2, strategies: [{ type: 'binpack', field: 'memory' }] });
    expect(placeTasks(candidates, request, rng).placed).toEqual(['ci-1', 'ci-1']);
  });

  it('binpacks on cpu, field name in any case', () => {
    const candidates = fleet()
      .add(1, { reservedCpu: 1024, reservedMemory: 0 })
      .add(1, { reservedMemory: 6000 })
      .build();
    const request = placementRequest({ strategies: [{ type: 'binpack', field: 'CPU' }] });
    expect(placeTasks(candidates, request, rng).placed).toEqual(['ci-0']);
  });

  it('spreads over instances by the group’s tasks with spread instanceId / host (§4.2)', () => {
    const candidates = fleet().add(3).edit(0, { groupTasks: 2 }).edit(1, { groupTasks: 1 }).build();
    for (const field of ['instanceId', 'host']) {
      const request = placementRequest({ count: 3, strategies: [{ type: 'spread', field }] });
      expect(tally(placeTasks(candidates, request, rng).placed)).toEqual({ 'ci-2': 2, 'ci-1': 1 });
    }
  });

  it('spreads a service over AZs and then instances by default (§4.2)', () => {
    const candidates = fleet().add(6).edit(0, { serviceTasks: 2 }).edit(3, { serviceTasks: 1 }).build();
    // ci-0 and ci-3 are in us-east-1a: the other two AZs are emptier.
    const result = placeTasks(candidates, placementRequest({ count: 3 }), rng);
    const azOf = (id: string) =>
      candidates.find((c) => c.instance.id === id)?.instance.attributes['ecs.availability-zone'];
    const perAz = tally(result.placed.map((id) => azOf(id) ?? ''));
    // 1a holds 3 already; 1b and 1c get the three new ones (2 + 1 in some order), never 1a.
    expect(perAz['us-east-1a']).toBeUndefined();
    expect([perAz['us-east-1b'], perAz['us-east-1c']].sort()).toEqual([1, 2]);
    // Inside an AZ, the instance with the fewest tasks of the service comes first.
    expect(new Set(result.placed).size).toBe(3);
  });

  it('balances service tasks against the service, standalone tasks against their group (§4.2)', () => {
    const candidates = fleet()
      .add(2, { az: 'us-east-1a' })
      .edit(0, { groupTasks: 3, serviceTasks: 0 })
      .build();
    const spread = [{ type: 'spread' as const, field: 'instanceId' }];
    const service = placeTasks(candidates, placementRequest({ count: 2, strategies: spread }), rng);
    expect(tally(service.placed)).toEqual({ 'ci-0': 1, 'ci-1': 1 });
    const standalone = placeTasks(
      candidates,
      placementRequest({ count: 2, strategies: spread, kind: 'standalone' }),
      rng,
    );
    expect(standalone.placed).toEqual(['ci-1', 'ci-1']);
  });

  it('chains strategies: spread by AZ, then binpack memory inside the AZ (§4.2 example)', () => {
    const candidates = fleet()
      .add(1, { az: 'us-east-1a', serviceTasks: 1 })
      .add(1, { az: 'us-east-1b', reservedMemory: 100 })
      .add(1, { az: 'us-east-1b', reservedMemory: 5000 })
      .build();
    const request = placementRequest({
      strategies: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
    });
    expect(placeTasks(candidates, request, rng).placed).toEqual(['ci-2']);
  });

  it('breaks ties with the PRNG: same seed, same choices; another seed may differ', () => {
    const candidates = fleet().add(12, { az: 'us-east-1a' }).build();
    const request = placementRequest({ count: 5, kind: 'standalone' });
    const first = placeTasks(candidates, request, seedRng(1));
    expect(placeTasks(candidates, request, seedRng(1))).toEqual(first);
    const others = [2, 3, 4, 5].map((seed) => placeTasks(candidates, request, seedRng(seed)).placed.join());
    expect(others.some((placed) => placed !== first.placed.join())).toBe(true);
    expect(first.rng).not.toBe(seedRng(1));
  });

  it('draws nothing from the PRNG when there is no tie', () => {
    const candidates = fleet().add(1).build();
    expect(placeTasks(candidates, placementRequest({ kind: 'standalone' }), rng).rng).toBe(rng);
  });
});
