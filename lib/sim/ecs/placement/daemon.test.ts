import { describe, expect, it } from 'vitest';
import { daemonTargets } from './daemon';
import { fleet, placementRequest, taskNeeds } from './testing/fleet';

const daemon = placementRequest({ group: 'service:log-router', count: 0 });

describe('daemonTargets', () => {
  it('wants one task on every ACTIVE instance that has none yet (§5.1)', () => {
    const candidates = fleet().add(4).edit(1, { groupTasks: 1 }).build();
    expect(daemonTargets(candidates, daemon)).toEqual({ targets: ['ci-0', 'ci-2', 'ci-3'], blocked: [] });
  });

  it('skips DRAINING and INACTIVE instances (§5.1: not placed on DRAINING instances)', () => {
    const candidates = fleet().add(1, { status: 'DRAINING' }).add(1, { status: 'INACTIVE' }).add(1).build();
    expect(daemonTargets(candidates, daemon).targets).toEqual(['ci-2']);
  });

  it('only covers instances that meet the memberOf constraints and attributes', () => {
    const candidates = fleet().add(2).add(1, { instanceType: 't3.small' }).build();
    const request = {
      ...daemon,
      constraints: [{ type: 'memberOf' as const, expression: 'attribute:ecs.instance-type == m5.large' }],
      needs: taskNeeds({ requiredAttributes: { 'ecs.os-type': 'linux' } }),
    };
    expect(daemonTargets(candidates, request)).toEqual({ targets: ['ci-0', 'ci-1'], blocked: [] });
  });

  it('reports instances it should cover but cannot, with RunTask’s reason', () => {
    const candidates = fleet()
      .add(1, { cpu: 128 })
      .add(1, { agentConnected: false })
      .add(1, { reservedPorts: [24224] })
      .build();
    const request = { ...daemon, needs: taskNeeds({ ports: [24224] }) };
    expect(daemonTargets(candidates, request)).toEqual({
      targets: [],
      blocked: [
        { containerInstanceId: 'ci-0', reason: 'RESOURCE:CPU' },
        { containerInstanceId: 'ci-1', reason: 'AGENT' },
        { containerInstanceId: 'ci-2', reason: 'RESOURCE:PORTS' },
      ],
    });
  });

  it('does not report a disconnected instance the constraints rule out anyway', () => {
    const candidates = fleet().add(1, { agentConnected: false, instanceType: 't3.small' }).build();
    const request = {
      ...daemon,
      constraints: [{ type: 'memberOf' as const, expression: 'attribute:ecs.instance-type == m5.large' }],
    };
    expect(daemonTargets(candidates, request)).toEqual({ targets: [], blocked: [] });
  });
});
