import { describe, expect, it } from 'vitest';
import { unableToPlaceMessage } from '@/lib/sim/ecs/placement/unable-to-place';
import { ecs } from '@/lib/sim/ecs/testing/ecs-driver';
import { nginxBridge } from '@/lib/sim/ecs/testing/fixtures';
import { explainLastPlacement } from '@/lib/sim/ecs/tasks/place';
import type { EcsState } from '@/lib/sim/ecs/types';
import { unableReason } from './unable-reason';

const huge = {
  ...nginxBridge,
  family: 'huge',
  containerDefinitions: [{ ...nginxBridge.containerDefinitions[0], memory: 60_000 }],
};

function explained(state: EcsState) {
  const record = state.lastPlacement;
  const rows = explainLastPlacement(state);
  if (record === null || rows === null) throw new Error('no placement');
  return { record, rows };
}

describe('unableReason', () => {
  it('is null when an instance was chosen', () => {
    const { record, rows } = explained(ecs().withInstances(2).register(nginxBridge).runTask('nginx').state);
    expect(unableReason(record, rows)).toBeNull();
  });

  it('quotes RunTask’s failure reason for a standalone task, naming the closest instance', () => {
    const d = ecs().withInstances(1).register(huge).runTask('huge');
    const { record, rows } = explained(d.state);
    const instance = d.state.containerInstances[0]?.id ?? '';
    expect(unableReason(record, rows)).toEqual({
      source: 'RunTask failure',
      text: `RESOURCE:MEMORY (container instance ${instance})`,
    });
  });

  it('quotes the service’s "unable to place" event for a service', () => {
    const d = ecs()
      .withInstances(1)
      .register(huge)
      .send({ type: 'CreateService', serviceName: 'big', taskDefinition: 'huge', desiredCount: 1 });
    const { record, rows } = explained(d.state);
    const reason = unableReason(record, rows);
    expect(reason).toEqual({ source: 'service event', text: unableToPlaceMessage('big', rows) });
    expect(reason?.text).toContain('has insufficient memory available.');
    // The engine posted the very same sentence.
    expect(d.state.services[0]?.events.map((event) => event.message)).toContain(reason?.text);
  });
});
