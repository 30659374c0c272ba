import type { EksCommand } from '../../sim/eks/commands';
import type { EksState } from '../../sim/eks/types';
import { registered } from '../../sim/eks/pod-requests';
import { closestWord, didYouMean, withHint } from '../suggest';
import { fail, print, type CliContext, type CliProgram } from '../types';
import { parseKubectlFlags } from './kubectl-flags';
import { type Result } from './kubectl-common';
import { describe, get, logs } from './kubectl-read';
import { apply, create, expose, remove, scale, setImage } from './kubectl-write';
import { cordon, drain, rollout } from './kubectl-rollout-nodes';
import { top } from './kubectl-top';
import { autoscale } from './kubectl-autoscale';

/**
 * `kubectl`, speaking to the simulated cluster: what it prints, column by column, and its errors,
 * word for word. Reading commands print from the state; changing ones dispatch one engine command.
 */

export const SUBCOMMANDS = [
  'get',
  'describe',
  'apply',
  'create',
  'scale',
  'set',
  'rollout',
  'delete',
  'cordon',
  'uncordon',
  'drain',
  'top',
  'logs',
  'expose',
  'autoscale',
] as const;

export const KUBECTL_HELP = [
  'kubectl get pods|nodes|deployments|rs|ds|svc|hpa|events [NAME] [-n NS|-A] [-o wide|yaml|json|name] [-l k=v]',
  'kubectl describe pod|node|deployment|svc|hpa NAME',
  'kubectl apply -f FILE            create or change what a manifest describes',
  'kubectl create deployment NAME --image=IMAGE [--replicas=N]',
  'kubectl scale deployment NAME --replicas=N',
  'kubectl set image deployment/NAME CONTAINER=IMAGE',
  'kubectl rollout status|history|undo deployment/NAME',
  'kubectl delete pod|deployment|daemonset NAME   (or -f FILE)',
  'kubectl cordon|uncordon NODE, kubectl drain NODE --ignore-daemonsets',
  'kubectl logs POD [--previous]     what the app printed',
  'kubectl top nodes|pods [-n NS|-A]  CPU and memory in use (needs metrics-server)',
  'kubectl autoscale deployment NAME --cpu-percent=50 --min=2 --max=10   a HorizontalPodAutoscaler',
  'kubectl expose deployment NAME --port=80 [--target-port=N] [--type=LoadBalancer|NodePort]',
];

function run(args: readonly string[], state: EksState, context: CliContext): Result {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help')
    return print(
      [
        'kubectl controls the Kubernetes cluster manager.',
        '',
        'Commands simulated here:',
        ...KUBECTL_HELP.map((line) => `  ${line}`),
      ].join('\n'),
    );
  if (!(SUBCOMMANDS as readonly string[]).includes(sub))
    return fail(
      withHint(
        `error: unknown command "${sub}" for "kubectl"`,
        didYouMean(closestWord(sub, SUBCOMMANDS), 'kubectl help lists the commands simulated here.'),
      ),
    );
  const parsed = parseKubectlFlags(rest, sub);
  if (!parsed.ok) return fail(parsed.error);
  const { flags, words } = parsed;
  if (words.some((word) => word.trim() === '' || word.endsWith('/')))
    return fail('error: resource name may not be empty');
  switch (sub as (typeof SUBCOMMANDS)[number]) {
    case 'get':
      return get(state, flags, words);
    case 'describe':
      return describe(state, flags, words);
    case 'apply':
      return apply(flags, context);
    case 'create':
      return create(state, flags, words);
    case 'scale':
      return scale(flags, words);
    case 'set':
      return setImage(flags, words);
    case 'rollout':
      return rollout(state, flags, words);
    case 'delete':
      return remove(flags, words, context);
    case 'cordon':
      return cordon(state, words, true);
    case 'uncordon':
      return cordon(state, words, false);
    case 'drain':
      return drain(state, flags, words);
    case 'logs':
      return logs(state, flags, words);
    case 'expose':
      return expose(state, flags, words);
    case 'autoscale':
      return autoscale(state, flags, words);
    case 'top':
      return top(state, flags, words);
  }
}

function complete(before: readonly string[], state: EksState): readonly string[] {
  if (before.length === 0) return SUBCOMMANDS;
  const [sub] = before;
  if (before.length === 1 && (sub === 'get' || sub === 'describe' || sub === 'delete'))
    return ['pods', 'nodes', 'deployments', 'replicasets', 'daemonsets', 'events', 'services', 'hpa'];
  if (before.length === 1 && sub === 'top') return ['nodes', 'pods'];
  if (sub === 'cordon' || sub === 'uncordon' || sub === 'drain')
    return state.nodes.filter(registered).map((node) => node.name);
  if (before.length === 2 && before[1] === 'pods')
    return state.pods.filter((pod) => pod.namespace === 'default').map((pod) => pod.name);
  if (before.length === 2 && (before[1] === 'deployment' || before[1] === 'deployments'))
    return state.deployments.map((deployment) => deployment.name);
  if (before.length === 2 && before[1] === 'nodes')
    return state.nodes.filter(registered).map((node) => node.name);
  return [];
}

export const kubectlProgram: CliProgram<EksState, EksCommand> = {
  name: 'kubectl',
  help: KUBECTL_HELP,
  run,
  complete,
};
