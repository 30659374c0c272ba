import { describe, expect, it } from 'vitest';
import { explainPlacement } from './explain';
import { fleet, placementRequest, taskNeeds, type InstanceSpec } from './testing/fleet';
import { unableToPlaceMessage } from './unable-to-place';

const HEAD =
  '(service web) was unable to place a task because no container instance met all of its requirements.';
const SUFFIX = ' For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';

function messageFor(specs: readonly InstanceSpec[], request = placementRequest()): string | null {
  const candidates = specs.reduce((builder, spec) => builder.add(1, spec), fleet()).build();
  return unableToPlaceMessage('web', explainPlacement(candidates, request));
}

describe('unableToPlaceMessage', () => {
  it('is null while some instance can take the task', () => {
    expect(messageFor([{ cpu: 0 }, {}])).toBeNull();
  });

  it('gives ECS’s reason when the cluster has no container instances (§4.4)', () => {
    expect(messageFor([])).toBe(
      `${HEAD} Reason: No Container Instances were found in your cluster.${SUFFIX}`,
    );
  });

  it('names the closest instance and its documented reason for each check (§4.4)', () => {
    const big = placementRequest({ needs: taskNeeds({ cpu: 4096 }) });
    expect(messageFor([{}], big)).toBe(
      `${HEAD} The closest matching container-instance ci-0 has insufficient CPU units available.${SUFFIX}`,
    );
    expect(messageFor([{ memory: 100 }])).toBe(
      `${HEAD} The closest matching container-instance ci-0 has insufficient memory available.${SUFFIX}`,
    );
    expect(
      messageFor([{ reservedPorts: [80] }], placementRequest({ needs: taskNeeds({ ports: [80] }) })),
    ).toBe(
      `${HEAD} The closest matching container-instance ci-0 is already using a port required by your task.${SUFFIX}`,
    );
    expect(messageFor([{ agentConnected: false }])).toBe(
      `${HEAD} The closest matching container-instance ci-0 encountered error "AGENT".${SUFFIX}`,
    );
    const memberOf = placementRequest({
      constraints: [{ type: 'memberOf', expression: 'attribute:gpu exists' }],
    });
    expect(messageFor([{}], memberOf)).toBe(
      `${HEAD} The closest matching container-instance ci-0 encountered error "MemberOf placement constraint unsatisfied.".${SUFFIX}`,
    );
    const arm = placementRequest({
      needs: taskNeeds({ requiredAttributes: { 'ecs.cpu-architecture': 'arm64' } }),
    });
    expect(messageFor([{}], arm)).toBe(
      `${HEAD} The closest matching container-instance ci-0 is missing an attribute required by your task.${SUFFIX}`,
    );
  });

  it('uses the ENI and distinctInstance endings for those checks [unconfirmed wording]', () => {
    expect(messageFor([{ enis: 0 }], placementRequest({ needs: taskNeeds({ eni: true }) }))).toContain(
      'ci-0 encountered error "RESOURCE:ENI".',
    );
    const distinct = placementRequest({ constraints: [{ type: 'distinctInstance' }] });
    expect(messageFor([{ groupTasks: 1 }], distinct)).toContain(
      'ci-0 encountered error "DistinctInstance placement constraint unsatisfied.".',
    );
  });

  it('picks the instance that passed the most checks, the first of equals', () => {
    expect(
      messageFor([{ cpu: 0 }, { memory: 0 }, { agentConnected: false }, { agentConnected: false }]),
    ).toContain('container-instance ci-2 encountered error "AGENT".');
    expect(messageFor([{ memory: 0 }, { cpu: 0 }])).toContain(
      'container-instance ci-0 has insufficient memory',
    );
  });

  it('never names a DRAINING instance; with only those it gives the generic sentence', () => {
    expect(messageFor([{ status: 'DRAINING' }, { memory: 0 }])).toContain('ci-1 has insufficient memory');
    expect(messageFor([{ status: 'DRAINING' }])).toBe(`${HEAD}${SUFFIX}`);
  });
});
