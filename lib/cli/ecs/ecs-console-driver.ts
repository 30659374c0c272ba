import { advance, createSession, type Session } from '../../sim/core/session';
import type { EcsCommand } from '../../sim/ecs/commands';
import { ecsEngine } from '../../sim/ecs/engine';
import type { EcsState } from '../../sim/ecs/types';
import { runConsoleLine } from '../run-console-line';
import type { CliContext } from '../types';
import { ecsCli } from './ecs-cli';

/**
 * A chainable console for tests, with files for `file://`:
 * `ecsConsole(1, { 'td.json': '…' }).type('aws ecs register-task-definition --cli-input-json file://td.json')`.
 */
export interface EcsConsoleDriver {
  readonly session: Session<EcsState, EcsCommand>;
  readonly state: EcsState;
  /** Output of the last line typed. */
  readonly output: string;
  readonly isError: boolean;
  type(line: string): EcsConsoleDriver;
  /** Types each line in turn and fails loudly if one of them is refused (setup steps). */
  setup(...lines: string[]): EcsConsoleDriver;
  wait(ms: number): EcsConsoleDriver;
  lines(): string[];
  /** The last output up to our first `Dockyard:` line: the real tool's own words. */
  toolOutput(): string;
  /** Our hint lines (from the first `Dockyard:` line on), or ''. */
  hint(): string;
  /** The last output parsed as JSON (the part before any hint). */
  json<T = Record<string, unknown>>(): T;
}

const HINT_START = /(^|\n)Dockyard: /;

function splitHint(output: string): [tool: string, hint: string] {
  const match = HINT_START.exec(output);
  if (match === null) return [output, ''];
  return [output.slice(0, match.index), output.slice(match.index + (match[1] ?? '').length)];
}

export function filesContext(files: Readonly<Record<string, string>>): CliContext {
  return {
    readFile: (path) => (Object.hasOwn(files, path) ? { ok: true, text: files[path] ?? '' } : { ok: false }),
  };
}

function driver(
  session: Session<EcsState, EcsCommand>,
  context: CliContext,
  output: string,
  isError: boolean,
): EcsConsoleDriver {
  const self: EcsConsoleDriver = {
    session,
    state: session.state,
    output,
    isError,
    type(line) {
      const result = runConsoleLine(session, line, ecsCli, context);
      return driver(result.session, context, result.output, result.isError);
    },
    setup(...lines) {
      let current: EcsConsoleDriver = self;
      for (const line of lines) {
        current = current.type(line);
        if (current.isError) throw new Error(`setup line failed: ${line}\n${current.output}`);
      }
      return current;
    },
    wait: (ms) => driver(advance(session, ms), context, '', false),
    lines: () => output.split('\n'),
    toolOutput: () => splitHint(output)[0],
    hint: () => splitHint(output)[1],
    json: <T>() => JSON.parse(splitHint(output)[0]) as T,
  };
  return self;
}

export function ecsConsole(seed = 1, files: Readonly<Record<string, string>> = {}): EcsConsoleDriver {
  return driver(createSession(ecsEngine, seed), filesContext(files), '', false);
}

export const ECS_AMI_PARAMETER =
  'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

/** The lines that launch one ECS-optimized instance per subnet into `cluster`. */
export function launchLines(state: EcsState, cluster = 'default', type = 'm5.large'): string[] {
  return state.subnets.map(
    (subnet) =>
      `aws ec2 run-instances --image-id ${ECS_AMI_PARAMETER} --instance-type ${type} --iam-instance-profile Name=ecsInstanceRole --subnet-id ${subnet.id} --user-data "echo ECS_CLUSTER=${cluster} >> /etc/ecs/ecs.config"`,
  );
}

/** A cluster with one registered m5.large container instance per Availability Zone. */
export function clusterWithInstances(
  seed = 1,
  files: Readonly<Record<string, string>> = {},
): EcsConsoleDriver {
  const sim = ecsConsole(seed, files).setup('aws ecs create-cluster');
  return sim.setup(...launchLines(sim.state)).wait(120_000);
}
