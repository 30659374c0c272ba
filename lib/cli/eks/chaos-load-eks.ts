import type { EksCommand } from '../../sim/eks/commands';
import { servingPods } from '../../sim/eks/usage';
import type { EksState } from '../../sim/eks/types';
import { closestWord, didYouMean, withHint } from '../suggest';
import { formatTable } from '../table';
import { fail, print, type CliResult } from '../types';

/**
 * `chaos load deployment/NAME RPS [-n NS]`: Dockyard's load generator (not a kubectl or aws
 * command). RPS requests per second go to the Deployment's Ready pods, shared equally, as a
 * Service would share them; each pod's CPU follows, and metrics-server and the
 * HorizontalPodAutoscaler see it. `chaos load` alone lists the load being sent.
 */

type Result = CliResult<EksState, EksCommand>;

const NOT_KUBECTL = 'chaos load is Dockyard’s load generator, not a kubectl or aws command';
export const LOAD_USAGE = 'usage: chaos load [deployment/NAME RPS [-n NAMESPACE]]';
const MAX_RPS = 1_000_000;

function currentLoad(state: EksState): string {
  if (state.loads.length === 0)
    return withHint('No load is being sent.', `${NOT_KUBECTL}; e.g. chaos load deployment/web 1500.`);
  const rows = state.loads.map((load) => {
    const serving = servingPods(state, load);
    const perPod = serving.length === 0 ? '-' : Math.round(load.rps / serving.length).toLocaleString('en-US');
    return [
      `deployment/${load.deployment}`,
      load.namespace,
      load.rps.toLocaleString('en-US'),
      String(serving.length),
      perPod,
    ];
  });
  return formatTable([['TARGET', 'NAMESPACE', 'REQUESTS/S', 'READY PODS', 'PER POD'], ...rows]);
}

export function runLoad(args: readonly string[], state: EksState): Result {
  const words: string[] = [];
  let namespace = 'default';
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '-n' || arg === '--namespace') {
      const value = args[index + 1];
      if (value === undefined) return fail(withHint(`chaos load: ${arg} needs a namespace`, LOAD_USAGE));
      namespace = value;
      index += 1;
    } else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
    else if (arg.startsWith('-')) return fail(withHint(`chaos load: unknown option '${arg}'`, LOAD_USAGE));
    else words.push(arg);
  }
  if (words.length === 0) return print(currentLoad(state));
  const [target, rpsWord, ...extra] = words;
  const names = state.deployments.filter((d) => d.namespace === namespace).map((d) => d.name);
  const deployment = (target ?? '').replace(/^(deployments?|deploy)(\.apps)?\//, '');
  if (rpsWord === undefined || extra.length > 0)
    return fail(
      withHint(
        `chaos load: expected a Deployment and a number of requests per second\n${LOAD_USAGE}`,
        `${NOT_KUBECTL}; e.g. chaos load deployment/${names[0] ?? 'web'} 1500 (0 stops it).`,
      ),
    );
  const digits = rpsWord.replaceAll(',', '').replaceAll('_', '');
  const rps = /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
  if (!Number.isInteger(rps) || rps > MAX_RPS)
    return fail(
      withHint(
        `chaos load: invalid requests per second '${rpsWord}'`,
        `give a whole number from 0 to ${MAX_RPS.toLocaleString('en-US')}; 0 stops the load.`,
      ),
    );
  return {
    kind: 'dispatch',
    command: { type: 'SetLoad', deployment, namespace, rps },
    render: (outcome) => {
      if (outcome.error !== undefined)
        return {
          output:
            outcome.error.code === 'NotFound'
              ? withHint(
                  `chaos load: no Deployment named ${deployment} in namespace ${namespace}`,
                  didYouMean(
                    closestWord(deployment, names),
                    `its Deployments: ${names.join(', ') || 'none yet'}`,
                  ),
                )
              : outcome.error.message,
          isError: true,
        };
      return {
        output: withHint(
          rps === 0
            ? `Load generator: deployment/${deployment} receives no more requests (simulated).`
            : `Load generator: ${rps.toLocaleString('en-US')} requests/s to deployment/${deployment}, shared by its Ready pods (simulated).`,
          `${NOT_KUBECTL}. kubectl top pods shows the CPU it costs once metrics-server runs.`,
        ),
        isError: false,
      };
    },
  };
}
