import type { ContainerInstance, Ec2Instance, Ec2StateName } from '@/lib/sim/ecs/types';
import type { StateLook } from '../vm/status';

/** EC2's instance states in EC2's words (reference §1). */
export const EC2_STATE_LOOK: Readonly<Record<Ec2StateName, StateLook>> = {
  pending: { label: 'pending', symbol: 'dashed-ring', tone: 'busy' },
  running: { label: 'running', symbol: 'dot', tone: 'ready' },
  stopping: { label: 'stopping', symbol: 'minus', tone: 'gone' },
  stopped: { label: 'stopped', symbol: 'cross', tone: 'failed' },
  'shutting-down': { label: 'shutting-down', symbol: 'minus', tone: 'gone' },
  terminated: { label: 'terminated', symbol: 'cross', tone: 'gone' },
};

/**
 * The container instance's status as ECS reports it, or "not registered" for an EC2 instance whose
 * agent has not registered (still starting, or refused: wrong instance role, unknown cluster…).
 */
export function registrationLook(
  instance: Pick<Ec2Instance, 'agent'>,
  containerInstance: Pick<ContainerInstance, 'status'> | null,
): StateLook {
  if (containerInstance !== null) {
    switch (containerInstance.status) {
      case 'ACTIVE':
        return { label: 'ACTIVE', symbol: 'dot', tone: 'ready' };
      case 'DRAINING':
        return { label: 'DRAINING', symbol: 'minus', tone: 'busy' };
      case 'INACTIVE':
        return { label: 'INACTIVE', symbol: 'cross', tone: 'gone' };
      default: {
        const unreachable: never = containerInstance.status;
        return unreachable;
      }
    }
  }
  return instance.agent === 'failed'
    ? { label: 'Not registered', symbol: 'alert', tone: 'failed' }
    : { label: 'Not registered', symbol: 'dashed-ring', tone: 'gone' };
}

/** The agent's connection in words: ECS's agentConnected, or why there is none yet. */
export function agentWords(
  instance: Pick<Ec2Instance, 'agent'>,
  containerInstance: Pick<ContainerInstance, 'agentConnected'> | null,
): string {
  if (containerInstance !== null)
    return containerInstance.agentConnected ? 'Agent connected' : 'Agent disconnected';
  switch (instance.agent) {
    case 'none':
      return 'No ECS agent running';
    case 'starting':
      return 'Agent starting';
    case 'failed':
      return 'Agent could not register';
    case 'connected':
      return 'Agent connected';
    case 'disconnected':
      return 'Agent disconnected';
    default: {
      const unreachable: never = instance.agent;
      return unreachable;
    }
  }
}
