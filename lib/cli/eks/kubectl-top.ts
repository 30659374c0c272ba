import { kubectlUnreachable } from '../../sim/eks/access';
import { metricsServerInstalled, metricsServerRunning } from '../../sim/eks/metrics-server';
import { registered } from '../../sim/eks/pod-requests';
import { METRICS_CREATION_DELAY_MS } from '../../sim/eks/scaling-figures';
import type { EksState, Pod } from '../../sim/eks/types';
import { formatTable } from '../table';
import { fail, print } from '../types';
import type { KubectlFlags } from './kubectl-flags';
import { namespaceOf, type Result } from './kubectl-common';

/**
 * `kubectl top node|pod`: what metrics-server last measured (kubectl's metricsutil printer: CPU in
 * millicores, memory in Mi, node percentages of allocatable, rounded down). Without metrics-server
 * the metrics.k8s.io API is not there at all, which is how EKS clusters start.
 */

const table = (rows: string[][]) => formatTable(rows, 6, 3);

const TOP_HELP = [
  'Display resource (CPU/memory) usage.',
  '',
  'Available Commands:',
  '  node          Display resource (CPU/memory) usage of nodes',
  '  pod           Display resource (CPU/memory) usage of pods',
  '',
  'Usage:',
  '  kubectl top [flags] [options]',
].join('\n');

/** Go's time.Duration text for whole milliseconds: `2m33s`, `2m33.5s`, `1h0m5s`. */
export function goDuration(ms: number): string {
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = (ms % 60_000) / 1000;
  const secondsText = `${Number.isInteger(seconds) ? seconds : seconds.toFixed(3).replace(/0+$/, '')}s`;
  if (hours > 0) return `${hours}h${minutes}m${secondsText}`;
  if (minutes > 0) return `${minutes}m${secondsText}`;
  return secondsText;
}

/** Why there is nothing to show: no API, an API not answering, or no scrape yet. */
function metricsApiProblem(state: EksState, resource: 'nodes' | 'pods'): string | null {
  if (!metricsServerInstalled(state)) return 'error: Metrics API not available';
  if (!metricsServerRunning(state))
    return `Error from server (ServiceUnavailable): the server is currently unable to handle the request (get ${resource}.metrics.k8s.io)`;
  return null;
}

function topNodes(state: EksState, names: readonly string[]): Result {
  const problem = metricsApiProblem(state, 'nodes');
  if (problem !== null) return fail(problem);
  const usage = state.metrics?.nodes ?? [];
  const [name] = names;
  if (name !== undefined && !usage.some((node) => node.name === name))
    return fail(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${name}" not found`);
  if (usage.length === 0) return fail('error: metrics not available yet');
  const nodes = state.nodes
    .filter(registered)
    .filter((node) => name === undefined || node.name === name)
    .sort((a, b) => a.name.localeCompare(b.name));
  const percent = (value: number, of: number) => `${of === 0 ? 0 : Math.floor((value * 100) / of)}%`;
  const rows = nodes.map((node) => {
    const measured = usage.find((candidate) => candidate.name === node.name);
    if (measured === undefined) return [node.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>'];
    return [
      node.name,
      `${measured.cpu}m`,
      percent(measured.cpu, node.allocatable.cpu),
      `${measured.memory}Mi`,
      percent(measured.memory, node.allocatable.memory),
    ];
  });
  return print(table([['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'], ...rows]));
}

/** kubectl's verifyEmptyMetrics: a pod old enough to have been measured, or "not available yet". */
function noPodMetrics(state: EksState, pods: readonly Pod[]): string {
  const old = pods.find((pod) => state.now - pod.createdAt > METRICS_CREATION_DELAY_MS);
  return old === undefined
    ? 'error: metrics not available yet'
    : `error: Metrics not available for pod ${old.namespace}/${old.name}, age: ${goDuration(state.now - old.createdAt)}`;
}

function parseSelector(text: string | null): Record<string, string> | null {
  if (text === null) return {};
  const selector: Record<string, string> = {};
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    if (key === undefined || value === undefined || key === '') return null;
    selector[key] = value;
  }
  return selector;
}

function topPods(state: EksState, flags: KubectlFlags, names: readonly string[]): Result {
  const problem = metricsApiProblem(state, 'pods');
  if (problem !== null) return fail(problem);
  const selector = parseSelector(flags.selector);
  if (selector === null) return fail(`error: unable to parse requirement: found '', expected: '='`);
  const namespace = namespaceOf(flags);
  const all = flags.allNamespaces;
  const [name] = names;
  const pods = state.pods
    .filter((pod) => all || pod.namespace === namespace)
    .filter((pod) => name === undefined || pod.name === name)
    .filter((pod) => Object.entries(selector).every(([key, value]) => pod.labels[key] === value));
  if (name !== undefined && pods.length === 0)
    return fail(`Error from server (NotFound): pods "${name}" not found`);
  const usage = new Map((state.metrics?.pods ?? []).map((entry) => [entry.uid, entry]));
  const measured = pods
    .filter((pod) => usage.has(pod.uid))
    .sort((a, b) => (all ? a.namespace.localeCompare(b.namespace) : 0) || a.name.localeCompare(b.name));
  if (measured.length === 0) {
    if (pods.length > 0) return fail(noPodMetrics(state, pods));
    return fail(all ? 'No resources found' : `No resources found in ${namespace} namespace.`);
  }
  const rows = measured.map((pod) => {
    const entry = usage.get(pod.uid);
    return [...(all ? [pod.namespace] : []), pod.name, `${entry?.cpu ?? 0}m`, `${entry?.memory ?? 0}Mi`];
  });
  return print(table([[...(all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)'], ...rows]));
}

export function top(state: EksState, flags: KubectlFlags, words: readonly string[]): Result {
  const unreachable = kubectlUnreachable(state);
  if (unreachable !== null) return fail(unreachable.message);
  const [what, ...names] = words;
  if (what === undefined) return print(TOP_HELP);
  if (['node', 'nodes', 'no'].includes(what)) return topNodes(state, names);
  if (['pod', 'pods', 'po'].includes(what)) return topPods(state, flags, names);
  return fail(`error: unknown command "${what}" for "kubectl top"\n\n${TOP_HELP}`);
}
