import type { EcsCommand } from '../../sim/ecs/commands';
import type { EcsState } from '../../sim/ecs/types';
import { completions } from '../completions';
import type { ConsoleCli } from '../types';
import { awsProgram } from './aws-program';
import { chaosProgram } from './chaos';
import { costProgram } from './cost';
import { loadProgram } from './load';
import { dockerOnEcs, laptopOnEcs } from './registry-programs';

/** The console of the Amazon ECS simulator: the AWS CLI, plus Dockyard's own `chaos`, `load` and `cost`. */
export const ecsCli: ConsoleCli<EcsState, EcsCommand> = {
  title: 'Amazon ECS',
  programs: [awsProgram, dockerOnEcs, laptopOnEcs, chaosProgram, loadProgram, costProgram],
  pipes: true,
};

/** Tab completion candidates (whole lines) for this console. */
export function ecsCompletions(line: string, state: EcsState): string[] {
  return completions(line, state, ecsCli);
}
