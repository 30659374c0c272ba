import type { EksState, Service } from '../../sim/eks/types';
import { serviceEndpoints } from '../../sim/eks/services';
import { humanDuration } from './kubectl-age';
import { nodeObject, timestamp } from './kubectl-objects';
import type { ResourceType } from './kubectl-resources';
import { allNamespaces } from '../../sim/eks/namespaces';
import { nodeStatus } from './kubectl-status';
import { KUBELET_VERSION } from '../../sim/eks/figures';
import { matchesSelector, registered } from '../../sim/eks/pod-requests';
import type { Listing } from './kubectl-listing-types';

/** `kubectl get` rows for the cluster: nodes, Services and their endpoints, events, namespaces. */
export function clusterListing(
  state: EksState,
  type: ResourceType,
  labels: Record<string, string>,
): Listing | null {
  const age = (at: number) => humanDuration(state.now - at);
  switch (type) {
    case 'nodes':
      return {
        namespaced: false,
        headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
        wideHeaders: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
        rows: state.nodes
          .filter((node) => registered(node) && matchesSelector(node.labels, labels))
          .map((node) => ({
            name: node.name,
            namespace: null,
            cells: [node.name, nodeStatus(node), '<none>', age(node.createdAt), KUBELET_VERSION],
            wide: [
              node.internalIp,
              '<none>',
              'Amazon Linux 2023.9.20251105',
              '6.1.155-176.282.amzn2023.x86_64',
              'containerd://2.1.4',
            ],
            object: nodeObject(node),
          })),
      };
    case 'events':
      return {
        namespaced: true,
        headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
        wideHeaders: [],
        rows: state.kubeEvents.map((event, index) => ({
          name: `${event.object.split('/')[1] ?? ''}.${index}`,
          namespace: event.namespace,
          cells: [age(event.lastAt), event.type, event.reason, event.object, event.message],
          wide: [],
          object: {
            kind: 'Event',
            type: event.type,
            reason: event.reason,
            involvedObject: event.object,
            message: event.message,
            count: event.count,
          },
        })),
      };
    case 'services':
      return {
        namespaced: true,
        headers: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
        wideHeaders: ['SELECTOR'],
        rows: state.services.map((service) => ({
          name: service.name,
          namespace: service.namespace,
          cells: [
            service.name,
            service.type,
            service.clusterIp,
            externalIp(state, service),
            service.ports
              .map(
                (port) => `${port.port}${port.nodePort === null ? '' : `:${port.nodePort}`}/${port.protocol}`,
              )
              .join(','),
            age(service.createdAt),
          ],
          wide: [
            Object.entries(service.selector)
              .map(([key, value]) => `${key}=${value}`)
              .join(',') || '<none>',
          ],
          object: serviceObject(state, service),
        })),
      };
    case 'endpoints':
      return {
        namespaced: true,
        headers: ['NAME', 'ENDPOINTS', 'AGE'],
        wideHeaders: [],
        rows: state.services.map((service) => {
          const ready =
            service.name === 'kubernetes' && service.namespace === 'default'
              ? ['192.168.10.85:443', '192.168.42.13:443']
              : serviceEndpoints(state, service).ready.flatMap((ip) =>
                  service.ports.map((port) => `${ip}:${port.targetPort}`),
                );
          const shown =
            ready.length === 0
              ? '<none>'
              : `${ready.slice(0, 3).join(',')}${ready.length > 3 ? ` + ${ready.length - 3} more...` : ''}`;
          return {
            name: service.name,
            namespace: service.namespace,
            cells: [service.name, shown, age(service.createdAt)],
            wide: [],
            object: {
              apiVersion: 'v1',
              kind: 'Endpoints',
              metadata: { name: service.name, namespace: service.namespace },
              subsets: [{ addresses: ready.map((address) => ({ ip: address.split(':')[0] })) }],
            },
          };
        }),
      };
    case 'namespaces':
      return {
        namespaced: false,
        headers: ['NAME', 'STATUS', 'AGE'],
        wideHeaders: [],
        rows: allNamespaces(state).map((namespace) => ({
          name: namespace.name,
          namespace: null,
          cells: [
            namespace.name,
            namespace.deletedAt === null ? 'Active' : 'Terminating',
            age(namespace.createdAt),
          ],
          wide: [],
          object: {
            apiVersion: 'v1',
            kind: 'Namespace',
            metadata: { name: namespace.name, creationTimestamp: timestamp(namespace.createdAt) },
            status: { phase: namespace.deletedAt === null ? 'Active' : 'Terminating' },
          },
        })),
      };
    default:
      return null;
  }
}

/** EXTERNAL-IP: the load balancer's DNS name once it exists, `<pending>` before, `<none>` for other types. */
function externalIp(state: EksState, service: Service): string {
  if (service.loadBalancer === null) return service.type === 'LoadBalancer' ? '<pending>' : '<none>';
  return service.loadBalancer.readyAt <= state.now ? service.loadBalancer.hostname : '<pending>';
}

function serviceObject(state: EksState, service: Service) {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: service.name,
      namespace: service.namespace,
      creationTimestamp: timestamp(service.createdAt),
    },
    spec: {
      type: service.type,
      clusterIP: service.clusterIp,
      ...(Object.keys(service.selector).length > 0 ? { selector: service.selector } : {}),
      ports: service.ports.map((port) => ({
        protocol: port.protocol,
        port: port.port,
        targetPort: port.targetPort,
        ...(port.nodePort === null ? {} : { nodePort: port.nodePort }),
      })),
    },
    status: {
      loadBalancer:
        service.loadBalancer !== null && service.loadBalancer.readyAt <= state.now
          ? { ingress: [{ hostname: service.loadBalancer.hostname }] }
          : {},
    },
  };
}
