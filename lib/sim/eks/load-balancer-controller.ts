import { nextHex, nextInt } from '../core/rng';
import { LOAD_BALANCER_READY_MS } from './figures';
import type { Ingress } from './ingress-types';
import type { EksState, Service } from './types';
import { recordEvent, type World } from './world';

/**
 * The AWS Load Balancer Controller (EKS user guide, "Route TCP and UDP traffic with Network Load
 * Balancers" and "Route application and HTTP traffic with Application Load Balancers"), once its
 * Deployment runs in kube-system: a LoadBalancer Service annotated
 * `service.beta.kubernetes.io/aws-load-balancer-type: external` gets a Network Load Balancer whose
 * targets are pod IPs (`…-nlb-target-type: ip`) or node instances (`instance`, the default), and an
 * Ingress of class `alb` gets an Application Load Balancer. Names follow the controller's
 * `k8s-<namespace>-<name>-<hash>` (each part cut to 8 letters and digits). The in-tree cloud
 * provider leaves Services with those annotations to the controller, so without it they wait.
 */

export const LBC_LABEL = { key: 'app.kubernetes.io/name', value: 'aws-load-balancer-controller' } as const;
export const LB_TYPE_ANNOTATION = 'service.beta.kubernetes.io/aws-load-balancer-type';
export const NLB_TARGET_TYPE_ANNOTATION = 'service.beta.kubernetes.io/aws-load-balancer-nlb-target-type';
export const ALB_TARGET_TYPE_ANNOTATION = 'alb.ingress.kubernetes.io/target-type';
const REGION = 'us-east-1';

export function loadBalancerControllerRunning(state: Pick<EksState, 'pods'>): boolean {
  return state.pods.some(
    (pod) =>
      pod.namespace === 'kube-system' &&
      pod.labels[LBC_LABEL.key] === LBC_LABEL.value &&
      pod.ready &&
      pod.deletedAt === null,
  );
}

/** Annotations that hand the Service to the controller (`nlb-ip` is the older spelling, with IP targets). */
export function managedByController(service: Pick<Service, 'annotations'>): boolean {
  const type = service.annotations[LB_TYPE_ANNOTATION];
  return type === 'external' || type === 'nlb-ip';
}

function nlbTargetType(service: Pick<Service, 'annotations'>): 'instance' | 'ip' {
  return service.annotations[LB_TYPE_ANNOTATION] === 'nlb-ip' ||
    service.annotations[NLB_TARGET_TYPE_ANNOTATION] === 'ip'
    ? 'ip'
    : 'instance';
}

export const isAlbIngress = (ingress: Pick<Ingress, 'ingressClassName'>) =>
  ingress.ingressClassName === 'alb';

export function albTargetType(ingress: Pick<Ingress, 'annotations'>): 'instance' | 'ip' {
  return ingress.annotations[ALB_TARGET_TYPE_ANNOTATION] === 'ip' ? 'ip' : 'instance';
}

/** `k8s-<namespace>-<name>-<10 hex>`, the controller's name for what it creates. */
function controllerName(world: World, namespace: string, name: string): string {
  const part = (text: string) => text.replace(/[^A-Za-z0-9]/g, '').slice(0, 8);
  const [hash, next] = nextHex(world.rng, 10);
  world.rng = next;
  return `k8s-${part(namespace)}-${part(name)}-${hash}`;
}

function reconciled(world: World, object: string, namespace: string, source: 'service' | 'ingress'): void {
  recordEvent(world, {
    type: 'Normal',
    reason: 'SuccessfullyReconciled',
    object,
    namespace,
    source,
    message: 'Successfully reconciled',
    kind: 'load-balancer-controller-reconciled',
  });
}

/** Backends an ALB can send to: each Service exists, and with instance targets it opens a node port. */
function backendsReady(world: World, ingress: Ingress): boolean {
  const ip = albTargetType(ingress) === 'ip';
  return ingress.rules.every((rule) =>
    rule.paths.every((path) =>
      world.services.some(
        (service) =>
          service.name === path.service &&
          service.namespace === ingress.namespace &&
          (ip || service.type !== 'ClusterIP'),
      ),
    ),
  );
}

/** Each settle, while the controller runs: load balancers for the Services and Ingresses that need one. */
export function reconcileLoadBalancers(world: World): void {
  if (!loadBalancerControllerRunning(world)) return;
  world.services = world.services.map((service) => {
    if (service.type !== 'LoadBalancer' || service.loadBalancer !== null || !managedByController(service))
      return service;
    const name = controllerName(world, service.namespace, service.name);
    const [id, next] = nextHex(world.rng, 16);
    world.rng = next;
    reconciled(world, `service/${service.name}`, service.namespace, 'service');
    return {
      ...service,
      loadBalancer: {
        hostname: `${name}-${id}.elb.${REGION}.amazonaws.com`,
        readyAt: world.now + LOAD_BALANCER_READY_MS,
        kind: 'network',
        targetType: nlbTargetType(service),
        name,
      },
    };
  });
  world.ingresses = world.ingresses.map((ingress) => {
    if (!isAlbIngress(ingress) || ingress.loadBalancer !== null || !backendsReady(world, ingress))
      return ingress;
    const name = controllerName(world, ingress.namespace, ingress.name);
    const [digits, next] = nextInt(world.rng, 1_000_000_000, 1_999_999_999);
    world.rng = next;
    reconciled(world, `ingress/${ingress.name}`, ingress.namespace, 'ingress');
    return {
      ...ingress,
      loadBalancer: {
        hostname: `${name}-${digits}.${REGION}.elb.amazonaws.com`,
        readyAt: world.now + LOAD_BALANCER_READY_MS,
      },
    };
  });
}
