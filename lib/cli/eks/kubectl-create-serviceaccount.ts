import type { EksState } from '../../sim/eks/types';
import { fail } from '../types';
import { dispatch, namespaceOf, type Result } from './kubectl-common';
import type { KubectlFlags } from './kubectl-flags';

/** `kubectl create serviceaccount NAME [-n NS]`: annotate it (in a manifest) for IRSA. */
export function createServiceAccount(state: EksState, flags: KubectlFlags, name: string | undefined): Result {
  if (name === undefined)
    return fail(
      `error: exactly one NAME is required, got 0\nSee 'kubectl create serviceaccount -h' for help and examples`,
    );
  const namespace = namespaceOf(flags);
  if (
    name === 'default' ||
    state.serviceAccounts.some((account) => account.name === name && account.namespace === namespace)
  )
    return fail(`error: failed to create serviceaccount: serviceaccounts "${name}" already exists`);
  return dispatch(
    { type: 'Apply', object: { kind: 'ServiceAccount', name, namespace, annotations: {} } },
    () => `serviceaccount/${name} created`,
  );
}
