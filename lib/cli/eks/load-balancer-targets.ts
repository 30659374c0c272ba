import { serviceEndpoints } from '../../sim/eks/services';
import { registered } from '../../sim/eks/pod-requests';
import type { EksState, Service } from '../../sim/eks/types';

/**
 * What a LoadBalancer Service's load balancer sends to, which kubectl does not show (the target
 * group is on the AWS side): node instances on the node port for the in-tree Classic Load Balancer
 * and for `instance` targets, pod IPs for the AWS Load Balancer Controller's `ip` targets.
 */
export function targetsHint(state: EksState, service: Service): string | null {
  const balancer = service.loadBalancer;
  const [port] = service.ports;
  if (balancer === null || port === undefined) return null;
  const kind =
    balancer.kind === 'classic'
      ? 'Classic Load Balancer (in-tree cloud provider)'
      : 'Network Load Balancer (AWS Load Balancer Controller)';
  if (balancer.targetType === 'ip') {
    const pods = serviceEndpoints(state, service).ready.map((ip) => `${ip}:${port.targetPort}`);
    return `the ${kind} targets pod IPs directly: ${pods.join(', ') || 'none Ready yet'}.`;
  }
  const instances = state.nodes
    .filter((node) => registered(node))
    .map((node) => node.instanceId)
    .sort();
  return `the ${kind} targets the node instances on node port ${port.nodePort ?? '-'}: ${instances.join(', ') || 'none yet'}; kube-proxy forwards to the pods.`;
}
