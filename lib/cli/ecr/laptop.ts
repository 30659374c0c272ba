import type { EcrCommand } from '../../sim/ecr/commands';
import type { EcrState } from '../../sim/ecr/types';
import { fail, print, type CliProgram } from '../types';

/** Dockyard's own command: which CPU the learner's laptop has (it decides what docker build makes). */
export const laptopProgram: CliProgram<EcrState, EcrCommand> = {
  name: 'laptop',
  help: ['laptop arch [amd64|arm64]               show or set the laptop CPU (Dockyard)'],
  run(args, state) {
    const [sub, value, ...extra] = args;
    if (sub !== 'arch' || extra.length > 0) return fail('Dockyard: usage: laptop arch [amd64|arm64]');
    if (value === undefined) return print(`${state.hostArchitecture} (${state.hostArchitecture === 'arm64' ? 'Apple silicon' : 'Intel'})`);
    if (value !== 'amd64' && value !== 'arm64') return fail(`Dockyard: the laptop is amd64 (Intel) or arm64 (Apple silicon), not ${value}.`);
    return {
      kind: 'dispatch',
      command: { type: 'SetHostArchitecture', architecture: value },
      render: () => ({ output: `docker build now makes linux/${value} images unless told --platform`, isError: false }),
    };
  },
  complete: (before) => (before.length === 0 ? ['arch'] : before.length === 1 ? ['amd64', 'arm64'] : []),
};
