import { stringify } from 'yaml';
import type { EksState, Service } from '../../sim/eks/types';
import { serviceEndpoints } from '../../sim/eks/services';
import { formatTable } from '../table';
import { humanDuration } from './kubectl-age';
import type { KubectlFlags } from './kubectl-flags';
import {
  daemonSetObject,
  deploymentObject,
  nodeObject,
  podObject,
  replicaSetObject,
  timestamp,
} from './kubectl-objects';
import { API_NAME, NAME_PREFIX, NAMESPACES, type ResourceType } from './kubectl-resources';
import { nodeStatus, podReady, podRestarts, podStatus } from './kubectl-status';
import { KUBELET_VERSION } from '../../sim/eks/figures';
import { matchesSelector, registered } from '../../sim/eks/pod-requests';

/** kubectl's tabwriter: minimum width 6, padding 3. */
const table = (rows: string[][]) => formatTable(rows, 6, 3);

interface Row {
  readonly name: string;
  readonly namespace: string | null;
  readonly cells: readonly string[];
  readonly wide: readonly string[];
  readonly object: unknown;
}

interface Listing {
  readonly headers: readonly string[];
  readonly wideHeaders: readonly string[];
  readonly rows: readonly Row[];
  readonly namespaced: boolean;
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

function listing(state: EksState, type: ResourceType, labels: Record<string, string>): Listing {
  const age = (at: number) => humanDuration(state.now - at);
  switch (type) {
    case 'pods':
      return {
        namespaced: true,
        headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
        wideHeaders: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
        rows: state.pods
          .filter((pod) => matchesSelector(pod.labels, labels))
          .map((pod) => ({
            name: pod.name,
            namespace: pod.namespace,
            cells: [
              pod.name,
              podReady(pod),
              podStatus(pod),
              podRestarts(pod, state.now, humanDuration),
              age(pod.createdAt),
            ],
            wide: [pod.ip ?? '<none>', pod.nodeName ?? '<none>', '<none>', '<none>'],
            object: podObject(pod),
          })),
      };
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
    case 'deployments':
      return {
        namespaced: true,
        headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
        wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: state.deployments.map((deployment) => {
          const object = deploymentObject(state, deployment);
          const current = state.replicaSets.find(
            (rs) =>
              rs.deployment === deployment.name &&
              rs.namespace === deployment.namespace &&
              rs.revision ===
                Math.max(
                  ...state.replicaSets
                    .filter(
                      (other) =>
                        other.deployment === deployment.name && other.namespace === deployment.namespace,
                    )
                    .map((other) => other.revision),
                ),
          );
          const upToDate =
            current === undefined
              ? 0
              : state.pods.filter(
                  (pod) =>
                    pod.owner?.name === current.name &&
                    pod.namespace === current.namespace &&
                    pod.deletedAt === null,
                ).length;
          return {
            name: deployment.name,
            namespace: deployment.namespace,
            cells: [
              deployment.name,
              `${object.status.readyReplicas}/${deployment.replicas}`,
              String(upToDate),
              String(object.status.availableReplicas),
              age(deployment.createdAt),
            ],
            wide: [
              deployment.template.spec.containers.map((container) => container.name).join(','),
              deployment.template.spec.containers.map((container) => container.image).join(','),
              Object.entries(deployment.selector)
                .map(([key, value]) => `${key}=${value}`)
                .join(','),
            ],
            object,
          };
        }),
      };
    case 'replicasets':
      return {
        namespaced: true,
        headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
        wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
        rows: state.replicaSets.map((rs) => {
          const object = replicaSetObject(state, rs);
          return {
            name: rs.name,
            namespace: rs.namespace,
            cells: [
              rs.name,
              String(rs.replicas),
              String(object.status.replicas),
              String(object.status.readyReplicas),
              age(rs.createdAt),
            ],
            wide: [
              rs.template.spec.containers.map((container) => container.name).join(','),
              rs.template.spec.containers.map((container) => container.image).join(','),
              Object.entries(rs.selector)
                .map(([key, value]) => `${key}=${value}`)
                .join(','),
            ],
            object,
          };
        }),
      };
    case 'daemonsets':
      return {
        namespaced: true,
        headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
        wideHeaders: [],
        rows: state.daemonSets.map((ds) => {
          const object = daemonSetObject(state, ds);
          const desired = state.nodes.filter(registered).length;
          const selector =
            Object.entries(ds.template.spec.nodeSelector)
              .map(([key, value]) => `${key}=${value}`)
              .join(',') || '<none>';
          return {
            name: ds.name,
            namespace: ds.namespace,
            cells: [
              ds.name,
              String(desired),
              String(object.status.currentNumberScheduled),
              String(object.status.numberReady),
              String(object.status.currentNumberScheduled),
              String(object.status.numberReady),
              selector,
              age(ds.createdAt),
            ],
            wide: [],
            object,
          };
        }),
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
        rows: NAMESPACES.map((name) => ({
          name,
          namespace: null,
          cells: [name, 'Active', age(state.cluster?.activeAt ?? 0)],
          wide: [],
          object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name } },
        })),
      };
  }
}

/** EXTERNAL-IP: the load balancer's DNS name once it exists, `<pending>` before, `<none>` for other types. */
function externalIp(state: EksState, service: Service): string {
  if (service.loadBalancer === null) return '<none>';
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
  const namespace = flags.namespace ?? 'default';
  const list = listing(state, type, labels);
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
