import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { fail, print, type CliProgram } from '../types';

/**
 * `traffic RPS`: the simulator's load generator, not a real command. It sets the requests per
 * second sent to both hosts (the same web app on each), so the two sides face the same burst.
 */
export const trafficProgram: CliProgram<VmSimState, VmCommand> = {
  name: 'traffic',
  help: [
    'traffic [RPS]                    the simulator’s load generator (not a real command): requests/s to both hosts',
  ],
  run(args, state) {
    const [value, ...extra] = args;
    if (value === undefined)
      return print(`Load generator: ${state.rps.toLocaleString('en-US')} requests/s to both hosts`);
    const rps = Number(value.replaceAll(',', '').replaceAll('_', ''));
    if (extra.length > 0 || !Number.isInteger(rps) || rps < 0 || rps > 100_000) {
      return fail(
        `traffic: expected a whole number of requests per second from 0 to 100000, got '${args.join(' ')}'\nDockyard: traffic is the simulator’s load generator, not a real command; e.g. traffic 2000.`,
      );
    }
    return {
      kind: 'dispatch',
      command: { type: 'SetTraffic', rps },
      render: () => ({
        output: `Load generator: ${rps.toLocaleString('en-US')} requests/s to both hosts`,
        isError: false,
      }),
    };
  },
  complete: () => ['200', '2000'],
};
