import { simulatorEntry } from '../simulator-entry';
import { ecsCli, ecsCompletions } from '../../cli/ecs/ecs-cli';
import { ecsEngine } from './engine';
import { ECS_PRESETS } from './presets';
import { ECS_EXAMPLE_FILES } from './example-files';
import { resolveEcsPlaceholders } from './line-placeholders';

/** The Amazon ECS simulator: engine, `aws`/`chaos`/`load` console and presets. */
export const ecsSimulator = simulatorEntry({
  engine: ecsEngine,
  cli: ecsCli,
  presets: ECS_PRESETS,
  completions: ecsCompletions,
  exampleLine: 'aws ecs list-tasks',
  files: ECS_EXAMPLE_FILES,
  resolveLine: resolveEcsPlaceholders,
});
