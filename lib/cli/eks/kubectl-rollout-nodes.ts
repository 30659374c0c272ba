import { kubectlUnreachable } from '../../sim/eks/access';
import type { EksState } from '../../sim/eks/types';
import { fail, print } from '../types';
import { type KubectlFlags } from './kubectl-flags';
import { deploymentName, dispatch, errorText, namespaceOf, type Result } from './kubectl-common';

/** kubectl rollout, and the node commands: cordon, uncordon, drain. */

export function rollout(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [action, ...rest] = words;
  const name = deploymentName(rest);
  if (name === null || action === undefined)
    return fail(`Dockyard: kubectl rollout status|history|undo deployment/NAME`);
  const namespace = namespaceOf(flags);
  if (action === 'undo') {
    const toRevision = flags.toRevision === null ? null : Number(flags.toRevision);
    return dispatch(
      { type: 'RolloutUndo', name, namespace, toRevision },
      () => `deployment.apps/${name} rolled back`,
    );
  }
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const deployment = state.deployments.find(
    (candidate) => candidate.name === name && candidate.namespace === namespace,
  );
  if (deployment === undefined)
    return fail(`Error from server (NotFound): deployments.apps "${name}" not found`);
  const sets = state.replicaSets
    .filter((rs) => rs.deployment === name && rs.namespace === namespace)
    .sort((a, b) => a.revision - b.revision);
  if (action === 'history')
    return print(
      [
        `deployment.apps/${name} `,
        'REVISION  CHANGE-CAUSE',
        ...sets.map((rs) => `${String(rs.revision).padEnd(10)}<none>`),
      ].join('\n'),
    );
  if (action !== 'status')
    return fail(`Dockyard: kubectl rollout ${action} is not simulated; status, history and undo are.`);
  const current = sets.at(-1);
  const live = state.pods.filter(
    (pod) =>
      pod.namespace === namespace && pod.deletedAt === null && sets.some((rs) => rs.name === pod.owner?.name),
  );
  const updated = live.filter((pod) => pod.owner?.name === current?.name);
  const available = live.filter((pod) => pod.ready);
  if (updated.length < deployment.replicas)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${updated.length} out of ${deployment.replicas} new replicas have been updated...`,
    );
  if (live.length > updated.length)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${live.length - updated.length} old replicas are pending termination...`,
    );
  if (available.length < deployment.replicas)
    return print(
      `Waiting for deployment "${name}" rollout to finish: ${available.length} of ${deployment.replicas} updated replicas are available...`,
    );
  return print(`deployment "${name}" successfully rolled out`);
}

export function cordon(state: EksState, words: readonly string[], unschedulable: boolean): Result {
  const [name] = words;
  const verb = unschedulable ? 'cordon' : 'uncordon';
  if (name === undefined)
    return fail(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  const node = state.nodes.find((candidate) => candidate.name === name);
  const already = node !== undefined && node.unschedulable === unschedulable;
  return dispatch(
    { type: 'Cordon', node: name, unschedulable },
    () => `node/${name} ${already ? 'already ' : ''}${verb}ed`,
  );
}

export function drain(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const [name] = words;
  if (name === undefined)
    return fail(`error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples`);
  return {
    kind: 'dispatch',
    command: { type: 'Drain', node: name, ignoreDaemonSets: flags.ignoreDaemonSets, force: flags.force },
    render: (outcome) => {
      const cordoned = outcome.after.nodes.find((node) => node.name === name)?.unschedulable === true;
      const wasCordoned = state.nodes.find((node) => node.name === name)?.unschedulable === true;
      const head = cordoned ? [`node/${name} ${wasCordoned ? 'already cordoned' : 'cordoned'}`] : [];
      if (outcome.error !== undefined)
        return { output: [...head, errorText(outcome)].join('\n'), isError: true };
      const response = outcome.response as { ignoredDaemonSetPods: string[]; evicted: string[] };
      return {
        output: [
          ...head,
          ...(response.ignoredDaemonSetPods.length > 0
            ? [`Warning: ignoring DaemonSet-managed Pods: ${response.ignoredDaemonSetPods.join(', ')}`]
            : []),
          ...response.evicted.map((pod) => `evicting pod ${pod}`),
          ...response.evicted.map((pod) => `pod/${pod.split('/')[1]} evicted`),
          `node/${name} drained`,
        ].join('\n'),
        isError: false,
      };
    },
  };
}
