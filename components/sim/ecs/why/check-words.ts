import type { CheckName } from '@/lib/sim/ecs/placement/placement-types';

/**
 * The checks of §4.1 in words a reader follows aloud ("filtered by memory"). AWS's own terms stay
 * as AWS spells them: CPU, ENI, distinctInstance, memberOf.
 */
export const CHECK_WORDS: Readonly<Record<CheckName, string>> = {
  CPU: 'CPU',
  MEMORY: 'memory',
  PORTS: 'ports',
  ENI: 'network interfaces (ENI)',
  AGENT: 'agent connection',
  STATUS: 'instance status',
  ATTRIBUTE: 'attributes',
  distinctInstance: 'constraint distinctInstance',
  memberOf: 'constraint memberOf',
};

export function checkWords(check: CheckName): string {
  return CHECK_WORDS[check];
}
