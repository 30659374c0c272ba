import type { EksState } from '../../sim/eks/types';
import { humanDuration } from './kubectl-age';
import type { Listing } from './kubectl-listing-types';
import type { ResourceType } from './kubectl-resources';
import { allNamespaces } from '../../sim/eks/namespaces';
import { timestamp } from './kubectl-objects';

/**
 * `kubectl get serviceaccounts`: NAME, SECRETS (0: since Kubernetes 1.24 no token Secret is made for
 * a ServiceAccount) and AGE. Every namespace has its `default` ServiceAccount.
 */
export function identityListing(state: EksState, type: ResourceType): Listing | null {
  if (type !== 'serviceaccounts') return null;
  const since = state.cluster?.activeAt ?? 0;
  // Every namespace gets its `default` ServiceAccount when it is created.
  const accounts = [
    ...allNamespaces(state).map((namespace) => ({
      name: 'default',
      namespace: namespace.name,
      annotations: {},
      createdAt: Math.max(since, namespace.createdAt),
    })),
    ...state.serviceAccounts.filter((account) => account.name !== 'default'),
  ];
  return {
    namespaced: true,
    headers: ['NAME', 'SECRETS', 'AGE'],
    wideHeaders: [],
    rows: accounts.map((account) => ({
      name: account.name,
      namespace: account.namespace,
      cells: [account.name, '0', humanDuration(state.now - account.createdAt)],
      wide: [],
      object: {
        apiVersion: 'v1',
        kind: 'ServiceAccount',
        metadata: {
          name: account.name,
          namespace: account.namespace,
          ...(Object.keys(account.annotations).length === 0 ? {} : { annotations: account.annotations }),
          creationTimestamp: timestamp(account.createdAt),
        },
      },
    })),
  };
}
