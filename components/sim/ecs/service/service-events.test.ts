import { describe, expect, it } from 'vitest';
import type { ServiceEvent } from '@/lib/sim/ecs/types';
import { LATEST_EVENTS, shownEvents } from './service-events';

const events: ServiceEvent[] = Array.from({ length: 8 }, (_, i) => ({
  id: `e${i}`,
  createdAt: (8 - i) * 1000,
  message: `(service web) event ${i}`,
}));

describe('shownEvents', () => {
  it('shows the latest few, most recent first as ECS keeps them', () => {
    expect(shownEvents(events, false).map((e) => e.id)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(LATEST_EVENTS).toBe(5);
  });

  it('shows every event when asked', () => {
    expect(shownEvents(events, true)).toHaveLength(8);
  });
});
