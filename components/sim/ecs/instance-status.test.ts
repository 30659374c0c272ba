import { describe, expect, it } from 'vitest';
import { EC2_STATE_LOOK, agentWords, registrationLook } from './instance-status';

describe('EC2_STATE_LOOK', () => {
  it('names each EC2 state in EC2’s own word', () => {
    for (const [state, look] of Object.entries(EC2_STATE_LOOK)) expect(look.label).toBe(state);
  });
});

describe('registrationLook', () => {
  it('shows the container instance status when the agent registered', () => {
    expect(registrationLook({ agent: 'connected' }, { status: 'ACTIVE' }).label).toBe('ACTIVE');
    expect(registrationLook({ agent: 'connected' }, { status: 'DRAINING' }).tone).toBe('busy');
    expect(registrationLook({ agent: 'disconnected' }, { status: 'INACTIVE' }).label).toBe('INACTIVE');
  });

  it('says "Not registered", as a failure, when the agent was refused', () => {
    expect(registrationLook({ agent: 'failed' }, null)).toEqual({
      label: 'Not registered',
      symbol: 'alert',
      tone: 'failed',
    });
  });

  it('says "Not registered", calmly, while the agent is still starting', () => {
    expect(registrationLook({ agent: 'starting' }, null).tone).toBe('gone');
  });
});

describe('agentWords', () => {
  it('follows agentConnected once registered', () => {
    expect(agentWords({ agent: 'connected' }, { agentConnected: true })).toBe('Agent connected');
    expect(agentWords({ agent: 'disconnected' }, { agentConnected: false })).toBe('Agent disconnected');
  });

  it('says why there is no connection before registration', () => {
    expect(agentWords({ agent: 'starting' }, null)).toBe('Agent starting');
    expect(agentWords({ agent: 'failed' }, null)).toBe('Agent could not register');
    expect(agentWords({ agent: 'none' }, null)).toBe('No ECS agent running');
  });
});
