import { simulatorEntry } from '../simulator-entry';
import { vmCli, vmCompletions } from '../../cli/vm/vm-cli';
import { vmEngine } from './engine';
import { VM_PRESETS } from './presets';

/** The containers-vs-VMs simulator: engine, console and presets. */
export const vmSimulator = simulatorEntry({
  engine: vmEngine,
  cli: vmCli,
  presets: VM_PRESETS,
  completions: vmCompletions,
  exampleLine: 'docker ps',
});
