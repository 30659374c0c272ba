import type { EksCommand } from '../../sim/eks/commands';
import { DEFAULT_TOLERATION_SECONDS, NODE_MONITOR_GRACE_MS } from '../../sim/eks/figures';
import { registered } from '../../sim/eks/pod-requests';
import type { EksState } from '../../sim/eks/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, type CliProgram, type CliResult } from '../types';
import { runLoad } from './chaos-load-eks';

/**
 * `chaos`: Dockyard's fault injection, not a Kubernetes or AWS command. A node whose instance stops
 * answering shows what Kubernetes does about it (reference §7.5).
 */

type Result = CliResult<EksState, EksCommand>;

const USAGE =
  'usage: chaos fail-node NODE | restore-node NODE | load [deployment/NAME RPS]   (Dockyard fault and load injection, not a kubectl or aws command)';

const nodeNames = (state: EksState) => state.nodes.filter(registered).map((node) => node.name);

function run(args: readonly string[], state: EksState): Result {
  const [sub, name] = args;
  if (sub === 'load') return runLoad(args.slice(1), state);
  if (sub !== 'fail-node' && sub !== 'restore-node')
    return fail(
      withHint(
        USAGE,
        didYouMean(
          closestWord(sub ?? '', ['fail-node', 'restore-node', 'load']),
          'chaos fail-node NODE stops a node answering.',
        ),
      ),
    );
  if (name === undefined)
    return fail(withHint(USAGE, `the nodes: ${nodeNames(state).join(', ') || 'none yet'}`));
  const failing = sub === 'fail-node';
  return {
    kind: 'dispatch',
    command: { type: failing ? 'FailNode' : 'RestoreNode', node: name },
    render: (outcome) => {
      if (outcome.error !== undefined)
        return {
          output: withHint(
            `chaos: no node named ${name}`,
            didYouMean(
              closestWord(name, nodeNames(state)),
              `the nodes: ${nodeNames(state).join(', ') || 'none yet'}`,
            ),
          ),
          isError: true,
        };
      return {
        output: failing
          ? `${name} stopped answering (simulated): its kubelet posts no more status. Kubernetes marks it NotReady after ${NODE_MONITOR_GRACE_MS / 1000} s and evicts its pods ${DEFAULT_TOLERATION_SECONDS} s after that.`
          : `${name} answers again (simulated): Ready, and the pods evicted from it finish terminating.`,
        isError: false,
      };
    },
  };
}

export const chaosEksProgram: CliProgram<EksState, EksCommand> = {
  name: 'chaos',
  help: [
    'chaos fail-node NODE | restore-node NODE   Dockyard fault injection: a node stops answering',
    'chaos load [deployment/NAME RPS]          Dockyard load generator: requests/s to a Deployment',
  ],
  run,
  complete: (before, state) =>
    before.length === 0
      ? ['fail-node', 'restore-node', 'load']
      : before[0] === 'load'
        ? before.length === 1
          ? state.deployments.map((deployment) => `deployment/${deployment.name}`)
          : ['500', '1500', '0']
        : before.length === 1
          ? nodeNames(state)
          : [],
};
