import { DEFAULT_AMI } from '@/lib/sim/vm/figures';
import type { VmSimState } from '@/lib/sim/vm/types';
import { wantedReplicas } from './readiness-summary';

/**
 * The console lines the action buttons run. Buttons type into the same console a learner uses,
 * so the console shows exactly what each button did.
 */
export const launchVmLine = (count: number) =>
  `aws ec2 run-instances --image-id ${DEFAULT_AMI} --instance-type t3.small --count ${count}`;
export const RUN_CONTAINER_LINE = 'docker run -d nginx';
export const trafficLine = (rps: number) => `traffic ${rps}`;

export const BURST_RPS = 2000;
export const BASE_RPS = 200;
export const SCALE_TARGET = 20;

/**
 * Scale both sides to `target` replicas: the missing VMs in one RunInstances call (as one would
 * in real life), and one `docker run` per missing container (docker has no --count).
 */
export function scaleLines(state: VmSimState, target = SCALE_TARGET): { vm: string[]; container: string[] } {
  const wanted = wantedReplicas(state);
  const vms = Math.max(0, target - wanted.vm);
  const containers = Math.max(0, target - wanted.container);
  return {
    vm: vms > 0 ? [launchVmLine(vms)] : [],
    container: Array.from({ length: containers }, () => RUN_CONTAINER_LINE),
  };
}
