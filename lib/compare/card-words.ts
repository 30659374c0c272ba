import type { ReplicaSize } from './sizes';
import type { OptionDay } from './types';
import { count } from './format';

/**
 * The words an option's card says at a minute, shared by the card and the headless report of a
 * talk on the side-by-side, so a talk's `expect` lines check what the room reads.
 */
export interface Answered {
  /** null with no requests at all. */
  readonly overloaded: boolean | null;
  readonly words: string;
}

/** Lambda refuses what its concurrency cannot take (429); the others leave requests unanswered. */
export function answered(load: number, served: number, throttled: boolean): Answered {
  if (load <= 0) return { overloaded: null, words: 'No requests' };
  const missing = load - served;
  return missing > 0.5
    ? {
        overloaded: true,
        words: `Overloaded: ${count(missing)} req/s ${throttled ? 'throttled (429)' : 'not answered'}`,
      }
    : { overloaded: false, words: `Answers all ${count(load)} req/s` };
}

/** Where the replicas run: each VM's type, the EC2 hosts under tasks or pods, or nothing AWS shows. */
export function whereTheyRun(day: OptionDay, size: ReplicaSize, minute: number): string | null {
  if (day.id === 'ec2-vms') return `each a ${size.vmType}`;
  const hosts = day.hosts?.[minute];
  return hosts === undefined ? null : `on ${hosts} × ${size.hostType}`;
}
