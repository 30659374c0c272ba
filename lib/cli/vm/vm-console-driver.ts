import { advance, createSession, type Session } from '../../sim/core/session';
import type { VmCommand } from '../../sim/vm/commands';
import type { VmSimState } from '../../sim/vm/types';
import { vmEngine } from '../../sim/vm/engine';
import { runConsoleLine } from '../run-console-line';
import { vmCli } from './vm-cli';

/** A chainable console for tests: `vmConsole(1).type('docker run -d nginx').wait(60_000).type('docker ps')`. */
export interface VmConsoleDriver {
  readonly session: Session<VmSimState, VmCommand>;
  readonly state: VmSimState;
  /** Output of the last line typed. */
  readonly output: string;
  readonly isError: boolean;
  type(line: string): VmConsoleDriver;
  wait(ms: number): VmConsoleDriver;
  /** The last output's lines. */
  lines(): string[];
  /** The last output up to our first `Dockyard:` hint: the real tool's own words. */
  toolOutput(): string;
  /** Our hint lines after the tool's output (from the first `Dockyard:` line on), or ''. */
  hint(): string;
}

const HINT_START = /(^|\n)Dockyard: /;

function splitHint(output: string): [tool: string, hint: string] {
  const match = HINT_START.exec(output);
  if (match === null) return [output, ''];
  return [output.slice(0, match.index), output.slice(match.index + (match[1] ?? '').length)];
}

function driver(session: Session<VmSimState, VmCommand>, output: string, isError: boolean): VmConsoleDriver {
  return {
    session,
    state: session.state,
    output,
    isError,
    type(line) {
      const result = runConsoleLine(session, line, vmCli);
      return driver(result.session, result.output, result.isError);
    },
    wait: (ms) => driver(advance(session, ms), '', false),
    lines: () => output.split('\n'),
    toolOutput: () => splitHint(output)[0],
    hint: () => splitHint(output)[1],
  };
}

export function vmConsole(seed = 1): VmConsoleDriver {
  return driver(createSession(vmEngine, seed), '', false);
}
