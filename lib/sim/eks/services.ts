import { nextHex, nextInt } from '../core/rng';
import type { CommandError } from '../core/types';
import { LOAD_BALANCER_READY_MS } from './figures';
import type { Pod, Service, ServicePort } from './types';
import { logEvent, recordEvent, type World } from './world';
import { managedByController } from './load-balancer-controller';

/** The Service every cluster has: the API server itself, at the first address of the service range. */
export const KUBERNETES_SERVICE: Omit<Service, 'createdAt'> = {
  name: 'kubernetes',
  namespace: 'default',
  type: 'ClusterIP',
  selector: {},
  ports: [{ port: 443, targetPort: 443, protocol: 'TCP', nodePort: null }],
  clusterIp: '10.100.0.1',
  annotations: {},
  loadBalancer: null,
};

type ServiceInput = Pick<Service, 'name' | 'namespace' | 'type' | 'selector' | 'ports'> & {
  readonly annotations?: Readonly<Record<string, string>>;
};

/** A free address in the cluster's service range (10.100.0.0/16, EKS's default). */
function allocateClusterIp(world: World): string {
  for (;;) {
    const [third, afterThird] = nextInt(world.rng, 0, 255);
    const [fourth, afterFourth] = nextInt(afterThird, 2, 254);
    world.rng = afterFourth;
    const ip = `10.100.${third}.${fourth}`;
    if (!world.services.some((service) => service.clusterIp === ip)) return ip;
  }
}

function allocateNodePort(world: World, taken: Set<number>): number {
  for (;;) {
    const [port, next] = nextInt(world.rng, 30000, 32767);
    world.rng = next;
    if (!taken.has(port)) return port;
  }
}

const object = (service: Pick<Service, 'name'>) => `service/${service.name}`;

/**
 * `kubectl apply` of a Service: a ClusterIP from the service range, node ports for NodePort and
 * LoadBalancer, and for LoadBalancer a load balancer that AWS creates a little later (EXTERNAL-IP
 * `<pending>` until then). Changing the type or ports keeps the ClusterIP, as the API server does.
 */
export function applyService(
  world: World,
  input: ServiceInput,
): { result: 'created' | 'configured' | 'unchanged' } | CommandError {
  const index = world.services.findIndex(
    (service) => service.name === input.name && service.namespace === input.namespace,
  );
  const existing = world.services[index];
  const taken = new Set(
    world.services.flatMap((service) =>
      service === existing ? [] : service.ports.map((port) => port.nodePort ?? 0),
    ),
  );
  for (const port of input.ports)
    if (port.nodePort !== null && taken.has(port.nodePort))
      return {
        code: 'Invalid',
        message: `The Service "${input.name}" is invalid: spec.ports[0].nodePort: Invalid value: ${port.nodePort}: provided port is already allocated`,
      };
  const ports: ServicePort[] = input.ports.map((port, at) => {
    if (input.type === 'ClusterIP') return { ...port, nodePort: null };
    const kept = existing?.ports[at]?.nodePort ?? null;
    return { ...port, nodePort: port.nodePort ?? kept ?? allocateNodePort(world, taken) };
  });
  const annotations = input.annotations ?? {};
  let loadBalancer = existing?.loadBalancer ?? null;
  if (input.type !== 'LoadBalancer') loadBalancer = null;
  // A Service for the AWS Load Balancer Controller is not the in-tree provider's to serve.
  else if (loadBalancer === null && !managedByController({ annotations })) {
    // A Classic Load Balancer's name, as the in-tree provider makes it: `a` + 32 hex, a dash, 10 digits.
    const [hex, afterHex] = nextHex(world.rng, 31);
    const [digits, next] = nextInt(afterHex, 1_000_000_000, 1_999_999_999);
    world.rng = next;
    loadBalancer = {
      hostname: `a${hex}-${digits}.us-east-1.elb.amazonaws.com`,
      readyAt: world.now + LOAD_BALANCER_READY_MS,
      kind: 'classic',
      targetType: 'instance',
      name: null,
    };
    recordEvent(world, {
      type: 'Normal',
      reason: 'EnsuringLoadBalancer',
      object: object(input),
      namespace: input.namespace,
      source: 'service-controller',
      message: 'Ensuring load balancer',
      kind: 'load-balancer-creating',
    });
  }
  const service: Service = {
    ...input,
    annotations,
    ports,
    clusterIp: existing?.clusterIp ?? allocateClusterIp(world),
    createdAt: existing?.createdAt ?? world.now,
    loadBalancer,
  };
  const same = existing !== undefined && JSON.stringify(existing) === JSON.stringify(service);
  if (existing === undefined) world.services.push(service);
  else world.services[index] = service;
  return { result: existing === undefined ? 'created' : same ? 'unchanged' : 'configured' };
}

export function deleteService(world: World, name: string, namespace: string): CommandError | null {
  if (!world.services.some((service) => service.name === name && service.namespace === namespace))
    return { code: 'NotFound', message: `services "${name}" not found` };
  if (name === 'kubernetes' && namespace === 'default') {
    // The API server recreates it at once; deleting it changes nothing a learner can see.
    return null;
  }
  world.services = world.services.filter(
    (service) => !(service.name === name && service.namespace === namespace),
  );
  return null;
}

/** Load balancers that AWS has finished creating report their DNS name. */
export function advanceLoadBalancers(world: World): void {
  for (const service of world.services) {
    if (service.loadBalancer === null || service.loadBalancer.readyAt !== world.now) continue;
    if (service.loadBalancer.kind === 'classic')
      recordEvent(world, {
        type: 'Normal',
        reason: 'EnsuredLoadBalancer',
        object: object(service),
        namespace: service.namespace,
        source: 'service-controller',
        message: 'Ensured load balancer',
        kind: 'load-balancer-ready',
        level: 'success',
      });
    logEvent(world, 'load-balancer-dns', `${service.name}: ${service.loadBalancer.hostname}`);
  }
  for (const ingress of world.ingresses)
    if (ingress.loadBalancer?.readyAt === world.now)
      logEvent(world, 'load-balancer-dns', `ingress ${ingress.name}: ${ingress.loadBalancer.hostname}`);
}

/** A Service's endpoints: the matching pods that are Ready (serving) and those that are not. */
export function serviceEndpoints(
  state: { readonly pods: readonly Pod[] },
  service: Pick<Service, 'namespace' | 'selector'>,
): { ready: string[]; notReady: string[] } {
  const ready: string[] = [];
  const notReady: string[] = [];
  if (Object.keys(service.selector).length === 0) return { ready, notReady };
  for (const pod of state.pods) {
    if (pod.namespace !== service.namespace || pod.ip === null || pod.deletedAt !== null) continue;
    if (!Object.entries(service.selector).every(([key, value]) => pod.labels[key] === value)) continue;
    (pod.ready ? ready : notReady).push(pod.ip);
  }
  return { ready, notReady };
}
