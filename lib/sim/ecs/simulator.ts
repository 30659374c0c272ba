import { simulatorEntry } from '../simulator-entry';
import { ecsCli, ecsCompletions } from '../../cli/ecs/ecs-cli';
import { ecsEngine } from './engine';
import { ECS_PRESETS } from './presets';
import { ECS_EXAMPLE_FILES } from './example-files';

/** The Amazon ECS simulator: engine, `aws`/`chaos`/`load` console and presets. */
export const ecsSimulator = simulatorEntry({
  engine: ecsEngine, cli: ecsCli, presets: ECS_PRESETS, completions: ecsCompletions,
  files: ECS_EXAMPLE_FILES,
});
