/** The resource types this kubectl knows, with the short names kubectl accepts for each. */
export const RESOURCE_TYPES = {
  pods: ['pods', 'pod', 'po'],
  nodes: ['nodes', 'node', 'no'],
  deployments: ['deployments', 'deployment', 'deploy'],
  replicasets: ['replicasets', 'replicaset', 'rs'],
  daemonsets: ['daemonsets', 'daemonset', 'ds'],
  events: ['events', 'event', 'ev'],
  namespaces: ['namespaces', 'namespace', 'ns'],
  services: ['services', 'service', 'svc'],
  endpoints: ['endpoints', 'endpoint', 'ep'],
  horizontalpodautoscalers: ['horizontalpodautoscalers', 'horizontalpodautoscaler', 'hpa'],
  ingresses: ['ingresses', 'ingress', 'ing'],
  serviceaccounts: ['serviceaccounts', 'serviceaccount', 'sa'],
  nodepools: ['nodepools', 'nodepool'],
  nodeclaims: ['nodeclaims', 'nodeclaim'],
} as const;

export type ResourceType = keyof typeof RESOURCE_TYPES;

/** `deploy`, `deployment.apps`, `Deployments` → `deployments`; null for a type kubectl would not know. */
export function resourceType(word: string): ResourceType | null {
  const plain = word.toLowerCase().replace(/\.(apps|autoscaling|networking\.k8s\.io|karpenter\.sh)$/, '');
  for (const [type, names] of Object.entries(RESOURCE_TYPES) as [ResourceType, readonly string[]][])
    if (names.includes(plain)) return type;
  return null;
}

/** The API's name for the type in messages: `pods "x" not found`, `deployments.apps "x" not found`. */
export const API_NAME: Readonly<Record<ResourceType, string>> = {
  pods: 'pods',
  nodes: 'nodes',
  deployments: 'deployments.apps',
  replicasets: 'replicasets.apps',
  daemonsets: 'daemonsets.apps',
  events: 'events',
  namespaces: 'namespaces',
  services: 'services',
  endpoints: 'endpoints',
  horizontalpodautoscalers: 'horizontalpodautoscalers.autoscaling',
  ingresses: 'ingresses.networking.k8s.io',
  serviceaccounts: 'serviceaccounts',
  nodepools: 'nodepools.karpenter.sh',
  nodeclaims: 'nodeclaims.karpenter.sh',
};

/** What `-o name` prints before the slash. */
export const NAME_PREFIX: Readonly<Record<ResourceType, string>> = {
  pods: 'pod',
  nodes: 'node',
  deployments: 'deployment.apps',
  replicasets: 'replicaset.apps',
  daemonsets: 'daemonset.apps',
  events: 'event',
  namespaces: 'namespace',
  services: 'service',
  endpoints: 'endpoints',
  horizontalpodautoscalers: 'horizontalpodautoscaler.autoscaling',
  ingresses: 'ingress.networking.k8s.io',
  serviceaccounts: 'serviceaccount',
  nodepools: 'nodepool.karpenter.sh',
  nodeclaims: 'nodeclaim.karpenter.sh',
};


/** `TYPE NAME…` or `TYPE/NAME`: the type and the names asked for. */
export function resourceArgs(words: readonly string[]): { type: string; names: string[] } | null {
  const [first, ...rest] = words;
  if (first === undefined) return null;
  const slash = first.indexOf('/');
  if (slash > 0)
    return {
      type: first.slice(0, slash),
      names: [first.slice(slash + 1), ...rest.map((word) => word.replace(/^[^/]*\//, ''))],
    };
  return { type: first, names: rest };
}
