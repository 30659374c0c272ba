import { simulatorEntry } from '../simulator-entry';
import { ecsCli, ecsCompletions } from '../../cli/ecs/ecs-cli';
import { ecsEngine } from './engine';
import { ECS_PRESETS } from './presets';
import { ECS_EXAMPLE_FILES } from './example-files';
import { ECR_EXAMPLE_FILES } from '../ecr/example-files';
import { resolveEcsPlaceholders } from './line-placeholders';

/** The Amazon ECS simulator: engine, `aws`/`chaos`/`load` console and presets. */
export const ecsSimulator = simulatorEntry({
  engine: ecsEngine,
  cli: ecsCli,
  presets: ECS_PRESETS,
  completions: ecsCompletions,
  exampleLine: 'aws ecs list-tasks',
  // The web site's Dockerfile and index.html are the build context for docker build.
  files: { ...ECR_EXAMPLE_FILES, ...ECS_EXAMPLE_FILES },
  resolveLine: resolveEcsPlaceholders,
});
