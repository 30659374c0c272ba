import type { EcrCommand } from '../../sim/ecr/commands';
import type { EcrState } from '../../sim/ecr/types';
import type { EcsCommand } from '../../sim/ecs/commands';
import { registryView } from '../../sim/ecs/registry/registry-part';
import type { EcsState } from '../../sim/ecs/types';
import { awsEcrProgram } from '../ecr/aws-ecr';
import { dockerEcrProgram } from '../ecr/docker-ecr';
import { laptopProgram } from '../ecr/laptop';
import type { CliContext, CliProgram, CliResult } from '../types';

/**
 * The ECR simulator's `docker` and `aws ecr` in the ECS console: they read and change the ECS
 * account's registry and the learner's laptop, so an image built and pushed here is one a task
 * definition can name.
 */
function adapt(result: CliResult<EcrState, EcrCommand>): CliResult<EcsState, EcsCommand> {
  if (result.kind === 'print') return result;
  return {
    kind: 'dispatch',
    command: { type: 'Ecr', command: result.command },
    render: (outcome) =>
      result.render({
        ...outcome,
        before: registryView(outcome.before),
        after: registryView(outcome.after),
      }),
  };
}

export const dockerOnEcs: CliProgram<EcsState, EcsCommand> = {
  name: 'docker',
  help: dockerEcrProgram.help,
  run: (args, state, context) => adapt(dockerEcrProgram.run(args, registryView(state), context)),
  complete: (before, state) => dockerEcrProgram.complete(before, registryView(state)),
};

export const laptopOnEcs: CliProgram<EcsState, EcsCommand> = {
  name: 'laptop',
  help: laptopProgram.help,
  run: (args, state, context) => adapt(laptopProgram.run(args, registryView(state), context)),
  complete: (before, state) => laptopProgram.complete(before, registryView(state)),
};

/** `aws ecr …`, called by the ECS console's `aws` program for the `ecr` service. */
export function runAwsEcr(args: readonly string[], state: EcsState, context: CliContext): CliResult<EcsState, EcsCommand> {
  return adapt(awsEcrProgram.run(args, registryView(state), context));
}

export const AWS_ECR_ON_ECS_HELP = awsEcrProgram.help;
