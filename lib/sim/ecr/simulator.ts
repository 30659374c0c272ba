import { simulatorEntry } from '../simulator-entry';
import { ecrCli, ecrCompletions } from '../../cli/ecr/ecr-cli';
import { ecrEngine } from './engine';
import { ECR_EXAMPLE_FILES } from './example-files';
import { ECR_PRESETS } from './presets';

/** The Docker images and Amazon ECR simulator: engine, console, presets and the build context. */
export const ecrSimulator = simulatorEntry({
  engine: ecrEngine,
  cli: ecrCli,
  presets: ECR_PRESETS,
  completions: ecrCompletions,
  exampleLine: 'docker build -t web:1.0 .',
  files: ECR_EXAMPLE_FILES,
});
