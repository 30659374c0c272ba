import type { EksCommand } from '../../sim/eks/commands';
import type { EksState } from '../../sim/eks/types';
import { completions } from '../completions';
import type { ConsoleCli } from '../types';
import { awsEksProgram } from './aws-eks';
import { chaosEksProgram } from './chaos-eks';
import { kubectlProgram } from './kubectl';

/** The console of the Amazon EKS simulator: kubectl for the cluster, aws eks for its AWS side, chaos for failures. */
export const eksCli: ConsoleCli<EksState, EksCommand> = {
  title: 'Amazon EKS',
  programs: [kubectlProgram, awsEksProgram, chaosEksProgram],
};

export function eksCompletions(line: string, state: EksState): string[] {
  return completions(line, state, eksCli);
}
