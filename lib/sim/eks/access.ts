import type { CommandError } from '../core/types';
import type { EksState } from './types';

/**
 * Whether kubectl reaches an API server, and if not, kubectl's own error: no kubeconfig yet (it
 * falls back to localhost:8080), or a context whose cluster is not there or not ACTIVE yet.
 */
export function kubectlUnreachable(state: Pick<EksState, 'kubeconfig' | 'cluster'>): CommandError | null {
  if (state.kubeconfig === null)
    return {
      code: 'Unreachable',
      message:
        'The connection to the server localhost:8080 was refused - did you specify the right host or port?',
    };
  if (state.cluster === null || state.cluster.name !== state.kubeconfig || state.cluster.status !== 'ACTIVE')
    return {
      code: 'Unreachable',
      message: `Unable to connect to the server: dial tcp: lookup ${state.kubeconfig.toLowerCase()}.gr7.us-east-1.eks.amazonaws.com: no such host`,
    };
  return null;
}
