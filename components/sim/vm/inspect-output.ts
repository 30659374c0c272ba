import { awsJson, reservationsJson } from '@/lib/cli/vm/aws-format';
import type { VmSimState } from '@/lib/sim/vm/types';
import { dockerInspectJson } from './docker-inspect';
import { imageLabel } from './format';
import type { InspectTarget } from './inspect-target';

export interface InspectOutput {
  /** The command a learner would type to see this. */
  readonly command: string;
  readonly output: string;
  /** What the output means here, when it is not obvious. */
  readonly note?: string;
}

/**
 * What the inspector shows for a VM or container: the JSON the real CLI would print for it now,
 * or null when it no longer exists (removed, or no longer listed).
 */
export function inspectOutput(state: VmSimState, target: InspectTarget): InspectOutput | null {
  if (target.kind === 'vm') {
    const vm = state.vms.find((candidate) => candidate.id === target.id);
    if (vm === undefined) return null;
    return {
      command: `aws ec2 describe-instances --instance-ids ${vm.id}`,
      output: awsJson({ Reservations: reservationsJson([vm]) }),
      note:
        vm.state === 'running' && vm.phase !== 'ready'
          ? 'EC2 says "running" as soon as the VM is powered on; the guest OS and the app inside are still starting.'
          : undefined,
    };
  }
  const container = state.containers.find((candidate) => candidate.id === target.id);
  if (container === undefined) return null;
  const command = `docker inspect ${container.name}`;
  if (container.status === 'pulling') {
    return {
      command,
      output: `[]\nError: No such object: ${container.name}`,
      note: `Docker creates this container once ${imageLabel(container.image)} has finished downloading; until then it does not exist.`,
    };
  }
  return { command, output: dockerInspectJson(container) };
}
