import { describe, expect, it } from 'vitest';
import { sessionForPreset } from '../simulator-entry';
import { ecsSimulator } from './simulator';
import type { EcsState } from './types';

describe('ECS_PRESETS', () => {
  it.each(ecsSimulator.presets.map((preset) => preset.id))('%s runs its setup lines without an error', (id) => {
    expect(() => sessionForPreset(ecsSimulator, id)).not.toThrow();
  });

  it('three-instances registers one m5.large per Availability Zone into default', () => {
    const state = sessionForPreset(ecsSimulator, 'three-instances').state as EcsState;
    expect(state.containerInstances.map((ci) => ci.attributes['ecs.availability-zone']).sort()).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(state.containerInstances.every((ci) => ci.status === 'ACTIVE' && ci.agentConnected)).toBe(true);
    expect(state.logGroups).toEqual(['/ecs/web']);
  });
});
