import { advance, createSession, type Session } from '../../sim/core/session';
import type { EksCommand } from '../../sim/eks/commands';
import { eksEngine } from '../../sim/eks/engine';
import { EKS_EXAMPLE_FILES } from '../../sim/eks/example-files';
import type { EksState } from '../../sim/eks/types';
import { runConsoleLine } from '../run-console-line';
import type { CliContext } from '../types';
import { eksCli } from './eks-cli';

/**
 * A chainable EKS console for tests: `eksConsole().setup('kubectl apply -f web.yaml').wait(30_000)
 * .type('kubectl top pods').output`. Files are the example manifests plus any given.
 */
export interface EksConsoleDriver {
  readonly session: Session<EksState, EksCommand>;
  readonly state: EksState;
  readonly output: string;
  readonly isError: boolean;
  type(line: string): EksConsoleDriver;
  /** Types each line and fails loudly if one is refused. */
  setup(...lines: string[]): EksConsoleDriver;
  wait(ms: number): EksConsoleDriver;
}

function driver(
  session: Session<EksState, EksCommand>,
  context: CliContext,
  output: string,
  isError: boolean,
): EksConsoleDriver {
  const self: EksConsoleDriver = {
    session,
    state: session.state,
    output,
    isError,
    type(line) {
      const result = runConsoleLine(session, line, eksCli, context);
      return driver(result.session, context, result.output, result.isError);
    },
    setup(...lines) {
      let current: EksConsoleDriver = self;
      for (const line of lines) {
        current = current.type(line);
        if (current.isError) throw new Error(`setup line failed: ${line}\n${current.output}`);
      }
      return current;
    },
    wait: (ms) => driver(advance(session, ms), context, '', false),
  };
  return self;
}

export function eksConsole(seed = 1, files: Readonly<Record<string, string>> = {}): EksConsoleDriver {
  const all = { ...EKS_EXAMPLE_FILES, ...files };
  const context: CliContext = {
    readFile: (path) => (Object.hasOwn(all, path) ? { ok: true, text: all[path] ?? '' } : { ok: false }),
  };
  return driver(createSession(eksEngine, seed), context, '', false);
}

const SUBNETS = 'subnet-0a1b2c3d4e5f60718 subnet-0b2c3d4e5f6071829 subnet-0c3d4e5f607182930';

/** A cluster `demo` whose node group `workers` (m5.large × nodes, at most max) has joined. */
export function eksClusterConsole(
  options: { seed?: number; nodes?: number; max?: number; files?: Readonly<Record<string, string>> } = {},
): EksConsoleDriver {
  const nodes = options.nodes ?? 2;
  return eksConsole(options.seed ?? 1, options.files)
    .setup(
      `aws eks create-cluster --name demo --role-arn arn:aws:iam::123456789012:role/eksClusterRole --resources-vpc-config subnetIds=${SUBNETS.replaceAll(' ', ',')}`,
      'aws eks update-kubeconfig --name demo',
      `aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --subnets ${SUBNETS} --node-role arn:aws:iam::123456789012:role/eksNodeRole --instance-types m5.large --scaling-config minSize=1,maxSize=${options.max ?? 6},desiredSize=${nodes}`,
    )
    .wait(12 * 60_000);
}
