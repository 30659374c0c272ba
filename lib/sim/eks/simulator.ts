import { simulatorEntry } from '../simulator-entry';
import { eksCli, eksCompletions } from '../../cli/eks/eks-cli';
import { eksEngine } from './engine';
import { EKS_EXAMPLE_FILES } from './example-files';
import { EKS_PRESETS } from './presets';

/** The Amazon EKS simulator: engine, `kubectl`/`aws eks`/`chaos` console, presets and example manifests. */
export const eksSimulator = simulatorEntry({
  engine: eksEngine,
  cli: eksCli,
  presets: EKS_PRESETS,
  completions: eksCompletions,
  exampleLine: 'kubectl get nodes',
  files: EKS_EXAMPLE_FILES,
});
