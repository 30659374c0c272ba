import { stringify } from 'yaml';
import type { EksState } from '../../sim/eks/types';
import { formatTable } from '../table';
import type { KubectlFlags } from './kubectl-flags';
import { API_NAME, NAME_PREFIX, type ResourceType } from './kubectl-resources';
import type { Listing } from './kubectl-listing-types';
import { clusterListing } from './kubectl-list-cluster';
import { workloadListing } from './kubectl-list-workloads';
import { autoscalingListing } from './kubectl-list-autoscaling';
import { ingressListing } from './kubectl-list-ingress';
import { identityListing } from './kubectl-list-identity';
import { karpenterListing } from './kubectl-list-karpenter';
import { karpenterInstalled } from '../../sim/eks/karpenter-objects';

/** kubectl's tabwriter: minimum width 6, padding 3. */
const table = (rows: string[][]) => formatTable(rows, 6, 3);

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

/** `kubectl get TYPE [NAME…]` with `-n`, `-A`, `-l` and `-o wide|yaml|json|name`. */
export function kubectlGet(
  state: EksState,
  type: ResourceType,
  names: readonly string[],
  flags: KubectlFlags,
): { output: string; isError: boolean } {
  const labels = parseSelector(flags.selector);
  if (labels === null)
    return { output: `error: unable to parse requirement: found '', expected: '='`, isError: true };
  const format = flags.output;
  if (format !== null && !['wide', 'yaml', 'json', 'name'].includes(format))
    return {
      output: `error: unable to match a printer suitable for the output format "${format}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`,
      isError: true,
    };
  if ((type === 'nodepools' || type === 'nodeclaims') && !karpenterInstalled(state))
    return { output: `error: the server doesn't have a resource type "${type}"`, isError: true };
  const namespace = flags.namespace ?? 'default';
  const list: Listing = workloadListing(state, type, labels) ??
    clusterListing(state, type, labels) ??
    autoscalingListing(state, type) ??
    ingressListing(state, type) ??
    identityListing(state, type) ??
    karpenterListing(state, type) ?? { headers: [], wideHeaders: [], rows: [], namespaced: false };
  const all = flags.allNamespaces && list.namespaced;
  // The API lists objects by namespace, then name; events stay in the order they happened.
  const sorted =
    type === 'events'
      ? list.rows
      : [...list.rows].sort(
          (a, b) => (a.namespace ?? '').localeCompare(b.namespace ?? '') || a.name.localeCompare(b.name),
        );
  let rows = sorted.filter((row) => !list.namespaced || all || row.namespace === namespace);
  const missing: string[] = [];
  if (names.length > 0) {
    rows = names.flatMap((name) => {
      const found = rows.filter((row) => row.name === name);
      if (found.length === 0)
        missing.push(`Error from server (NotFound): ${API_NAME[type]} "${name}" not found`);
      return found;
    });
  }
  const errors = missing.join('\n');
  if (rows.length === 0) {
    if (missing.length > 0) return { output: errors, isError: true };
    return {
      output:
        list.namespaced && !all ? `No resources found in ${namespace} namespace.` : 'No resources found',
      isError: false,
    };
  }
  let printed: string;
  if (format === 'name') printed = rows.map((row) => `${NAME_PREFIX[type]}/${row.name}`).join('\n');
  else if (format === 'yaml' || format === 'json') {
    const body =
      rows.length === 1 && names.length === 1
        ? rows[0]?.object
        : { apiVersion: 'v1', kind: 'List', items: rows.map((row) => row.object) };
    printed = format === 'json' ? JSON.stringify(body, null, 4) : stringify(body).trimEnd();
  } else {
    const wide = format === 'wide';
    const header = [...(all ? ['NAMESPACE'] : []), ...list.headers, ...(wide ? list.wideHeaders : [])];
    printed = table([
      header,
      ...rows.map((row) => [...(all ? [row.namespace ?? ''] : []), ...row.cells, ...(wide ? row.wide : [])]),
    ]);
  }
  return { output: missing.length > 0 ? `${printed}\n${errors}` : printed, isError: missing.length > 0 };
}
