import { kubectlUnreachable } from '../../sim/eks/access';
import type { EksState } from '../../sim/eks/types';
import { registered } from '../../sim/eks/pod-requests';
import { fail, print } from '../types';
import { startLogs } from '../../sim/eks/container-fate';
import { nginxTime } from '../../sim/ecs/tasks/logs';
import { describeDeployment, describeNode, describePod, describeService } from './kubectl-describe';
import { type KubectlFlags } from './kubectl-flags';
import { describeHpa } from './kubectl-describe-hpa';
import { targetsHint } from './load-balancer-targets';
import { withHint } from '../suggest';
import { kubectlGet } from './kubectl-get';
import { resourceArgs, resourceType } from './kubectl-resources';
import { namespaceOf, unknownType, deploymentName, type Result } from './kubectl-common';

/** kubectl's reading commands: get, describe, logs. */

export function get(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const args = resourceArgs(words);
  if (args === null)
    return fail(
      `You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.`,
    );
  const type = resourceType(args.type);
  if (type === null) return unknownType(args.type);
  const result = kubectlGet(state, type, args.names, flags);
  return result.isError ? fail(result.output) : print(result.output);
}

export function describe(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const args = resourceArgs(words);
  if (args === null)
    return fail(
      `error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.`,
    );
  const type = resourceType(args.type);
  if (type === null) return unknownType(args.type);
  const namespace = namespaceOf(flags);
  const [name] = args.names;
  if (type === 'pods') {
    const pods = state.pods.filter(
      (pod) =>
        pod.namespace === namespace &&
        (name === undefined || pod.name === name || (args.names.length === 1 && pod.name.startsWith(name))),
    );
    if (pods.length === 0) return fail(`Error from server (NotFound): pods "${name ?? ''}" not found`);
    return print(pods.map((pod) => describePod(state, pod)).join('\n\n\n'));
  }
  if (type === 'nodes') {
    const nodes = state.nodes.filter(
      (node) => registered(node) && (name === undefined || node.name === name),
    );
    if (nodes.length === 0) return fail(`Error from server (NotFound): nodes "${name ?? ''}" not found`);
    return print(nodes.map((node) => describeNode(state, node)).join('\n\n\n'));
  }
  if (type === 'deployments') {
    const names =
      name === undefined
        ? state.deployments.filter((d) => d.namespace === namespace).map((d) => d.name)
        : [name];
    const texts = names.map((candidate) => describeDeployment(state, candidate, namespace));
    if (texts.length === 0 || texts.some((text) => text === null))
      return fail(`Error from server (NotFound): deployments.apps "${name ?? ''}" not found`);
    return print(texts.join('\n\n\n'));
  }
  if (type === 'services') {
    const services = state.services.filter(
      (service) => service.namespace === namespace && (name === undefined || service.name === name),
    );
    if (services.length === 0)
      return fail(`Error from server (NotFound): services "${name ?? ''}" not found`);
    const text = services.map((service) => describeService(state, service)).join('\n\n\n');
    const [only] = services;
    return print(
      services.length === 1 && only !== undefined ? withHint(text, targetsHint(state, only)) : text,
    );
  }
  if (type === 'horizontalpodautoscalers') {
    const hpas = state.hpas.filter(
      (hpa) => hpa.namespace === namespace && (name === undefined || hpa.name === name),
    );
    if (hpas.length === 0)
      return fail(
        `Error from server (NotFound): horizontalpodautoscalers.autoscaling "${name ?? ''}" not found`,
      );
    return print(hpas.map((hpa) => describeHpa(state, hpa)).join('\n\n\n'));
  }
  return fail(
    `Dockyard: kubectl describe ${type} is not simulated; kubectl get ${type} -o yaml shows the whole object.`,
  );
}

/** `kubectl logs POD [--previous]`: what the app printed when it started, and how it ended. */
export function logs(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const [name] = words;
  if (name === undefined)
    return fail(
      `error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command`,
    );
  const namespace = namespaceOf(flags);
  const deployment = deploymentName([name]);
  // `kubectl logs deployment/NAME` reads one of its pods, as kubectl picks one.
  const pod =
    deployment === null
      ? state.pods.find(
          (candidate) => candidate.name === name.replace(/^pods?\//, '') && candidate.namespace === namespace,
        )
      : state.pods
          .filter(
            (candidate) =>
              candidate.namespace === namespace &&
              candidate.deletedAt === null &&
              state.replicaSets.some(
                (rs) => rs.name === candidate.owner?.name && rs.deployment === deployment,
              ),
          )
          .sort((a, b) => a.name.localeCompare(b.name))[0];
  if (pod === undefined)
    return fail(
      deployment === null
        ? `Error from server (NotFound): pods "${name}" not found`
        : `error: timed out waiting for the condition`,
    );
  const container = pod.spec.containers[0];
  const containerName = container?.name ?? '';
  const printed = (since: number, exit: { log: string | null } | null) => {
    const time = nginxTime(since);
    const lines = (container === undefined ? [] : startLogs(container)).map((line) =>
      line.replaceAll('{time}', time),
    );
    return [...lines, ...(exit?.log ? [exit.log] : [])].join('\n');
  };
  if (flags.previous) {
    if (pod.lastExit === null)
      return fail(
        `Error from server (BadRequest): previous terminated container "${containerName}" in pod "${pod.name}" not found`,
      );
    return print(printed(pod.lastExit.at, pod.lastExit));
  }
  if (pod.container.state === 'waiting' && pod.lastExit === null)
    return fail(
      `Error from server (BadRequest): container "${containerName}" in pod "${pod.name}" is waiting to start: ${pod.container.reason}`,
    );
  if (pod.container.state === 'running') return print(printed(pod.container.since, null));
  return print(printed(pod.lastExit?.at ?? state.now, pod.lastExit));
}
