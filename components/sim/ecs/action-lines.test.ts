import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { ecsCli } from '@/lib/cli/ecs/ecs-cli';
import { ecs } from '@/lib/sim/ecs/testing/ecs-driver';
import { zoneAvailability, zoneToggleLine } from './action-lines';

describe('zoneToggleLine', () => {
  it('fails a zone that is up and restores one that is down', () => {
    expect(zoneToggleLine('us-east-1b', true)).toBe('chaos fail-az us-east-1b');
    expect(zoneToggleLine('us-east-1b', false)).toBe('chaos restore-az us-east-1b');
  });

  it('writes lines the console accepts, which take the zone down and back', () => {
    const start = ecs().cluster('default').session;
    const failed = runConsoleLine(start, zoneToggleLine('us-east-1b', true), ecsCli);
    expect(failed.isError).toBe(false);
    expect(zoneAvailability(failed.session.state.subnets)).toContainEqual({
      az: 'us-east-1b',
      available: false,
    });
    const restored = runConsoleLine(failed.session, zoneToggleLine('us-east-1b', false), ecsCli);
    expect(restored.isError).toBe(false);
    expect(zoneAvailability(restored.session.state.subnets).every((zone) => zone.available)).toBe(true);
  });
});

describe('zoneAvailability', () => {
  it('lists each zone once, down when any of its subnets is', () => {
    expect(
      zoneAvailability([
        { az: 'us-east-1b', available: true },
        { az: 'us-east-1a', available: true },
        { az: 'us-east-1b', available: false },
      ]),
    ).toEqual([
      { az: 'us-east-1a', available: true },
      { az: 'us-east-1b', available: false },
    ]);
  });
});
