import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import type { ConsoleCli } from '../types';
import { completions } from '../completions';
import { dockerProgram } from './docker';
import { awsProgram } from './aws-ec2';
import { trafficProgram } from './traffic';

/** The console of the containers-vs-VMs simulator: docker on one host, aws ec2 for the other. */
export const vmCli: ConsoleCli<VmSimState, VmCommand> = {
  title: 'Containers vs virtual machines',
  programs: [dockerProgram, awsProgram, trafficProgram],
};

/** Tab completion candidates (whole lines) for this console. */
export function vmCompletions(line: string, state: VmSimState): string[] {
  return completions(line, state, vmCli);
}
