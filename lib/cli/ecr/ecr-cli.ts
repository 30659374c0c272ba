import type { EcrCommand } from '../../sim/ecr/commands';
import type { EcrState } from '../../sim/ecr/types';
import { completions } from '../completions';
import type { ConsoleCli } from '../types';
import { awsEcrProgram } from './aws-ecr';
import { dockerEcrProgram } from './docker-ecr';
import { laptopProgram } from './laptop';

/** The console of the images-and-ECR simulator: docker on the laptop, aws ecr for the registry. */
export const ecrCli: ConsoleCli<EcrState, EcrCommand> = {
  title: 'Docker images and Amazon ECR',
  programs: [dockerEcrProgram, awsEcrProgram, laptopProgram],
  // Lifecycle policies count days: let a line pass up to a month.
  maxSleepMs: 31 * 24 * 3_600_000,
  pipes: true,
};

export function ecrCompletions(line: string, state: EcrState): string[] {
  return completions(line, state, ecrCli);
}
