import { describe, expect, it } from 'vitest';
import { webFleet } from '../services/testing/service-driver';


describe('setLoad', () => {
  it('sets the requests per second a service receives (Dockyard’s load command)', () => {
    const d = webFleet('1.4.2', { lb: false })
      .service('web', 'web', 1, { launchType: 'EC2' })
      .send({ type: 'SetLoad', service: 'web', rps: 250 });
    expect(d.svc().loadRps).toBe(250);
    expect(d.lastEvents.map((e) => e.message)).toContain(
      'Dockyard: service web now receives 250 requests per second',
    );
  });

  it('answers an unknown service with ServiceNotFoundException', () => {
    const d = webFleet('1.4.2', { lb: false }).send({ type: 'SetLoad', service: 'nope', rps: 1 });
    expect(d.lastError).toEqual({ code: 'ServiceNotFoundException', message: 'Service not found.' });
  });
});
