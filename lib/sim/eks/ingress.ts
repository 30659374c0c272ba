import type { CommandError } from '../core/types';
import type { Ingress } from './ingress-types';
import type { KubeObject } from './objects';
import type { World } from './world';

type IngressObject = Extract<KubeObject, { kind: 'Ingress' }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `kubectl apply` of an Ingress: its load balancer, once made, is kept across changes. */
export function applyIngress(world: World, object: IngressObject): 'created' | 'configured' | 'unchanged' {
  const index = world.ingresses.findIndex(
    (ingress) => ingress.name === object.name && ingress.namespace === object.namespace,
  );
  const existing = world.ingresses[index];
  const { kind: _kind, ...spec } = object;
  const next: Ingress = {
    ...spec,
    createdAt: existing?.createdAt ?? world.now,
    loadBalancer: existing?.loadBalancer ?? null,
  };
  if (existing === undefined) {
    world.ingresses.push(next);
    return 'created';
  }
  if (same(existing, next)) return 'unchanged';
  world.ingresses[index] = next;
  return 'configured';
}

export function deleteIngress(world: World, name: string, namespace: string): CommandError | null {
  if (!world.ingresses.some((ingress) => ingress.name === name && ingress.namespace === namespace))
    return { code: 'NotFound', message: `ingresses.networking.k8s.io "${name}" not found` };
  world.ingresses = world.ingresses.filter(
    (ingress) => !(ingress.name === name && ingress.namespace === namespace),
  );
  return null;
}
