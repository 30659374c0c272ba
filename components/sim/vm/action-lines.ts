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

/** `web-A` … `web-B` as one bash loop (docker has no --count), or one run when A = B. */
export function runWebContainersLine(from: number, to: number): string {
  if (from === to) return `docker run -d --name web-${from} nginx`;
  return `for i in {${from}..${to}}; do docker run -d --name web-$i nginx; done`;
}

/** The first `web-N` after every name of that form already taken (exited containers keep theirs). */
export function nextWebIndex(state: VmSimState): number {
  let highest = 0;
  for (const c of state.containers) {
    const match = /^web-(\d+)$/.exec(c.name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

export interface ScaleLines {
  /** One RunInstances call for every missing VM, or null when none is missing. */
  readonly vm: string | null;
  /** One loop for every missing container, or null. */
  readonly container: string | null;
}

/**
 * Scale both sides to `target` replicas with the commands one would type: the missing VMs in one
 * RunInstances call (`--count N`), the missing containers in one `for` loop of `docker run`.
 */
export function scaleLines(state: VmSimState, target = SCALE_TARGET): ScaleLines {
  const wanted = wantedReplicas(state);
  const vms = Math.max(0, target - wanted.vm);
  const containers = Math.max(0, target - wanted.container);
  const from = nextWebIndex(state);
  return {
    vm: vms > 0 ? launchVmLine(vms) : null,
    container: containers > 0 ? runWebContainersLine(from, from + containers - 1) : null,
  };
}
