import type { Ingress } from '../../sim/eks/ingress-types';
import type { EksState } from '../../sim/eks/types';
import { humanDuration } from './kubectl-age';
import type { Listing } from './kubectl-listing-types';
import { timestamp } from './kubectl-objects';
import type { ResourceType } from './kubectl-resources';

/** `kubectl get ingress`: NAME CLASS HOSTS ADDRESS PORTS AGE, ADDRESS empty until the ALB exists. */

const address = (state: EksState, ingress: Ingress) =>
  ingress.loadBalancer !== null && ingress.loadBalancer.readyAt <= state.now
    ? ingress.loadBalancer.hostname
    : '';

function ingressObject(state: EksState, ingress: Ingress) {
  const hostname = address(state, ingress);
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name: ingress.name,
      namespace: ingress.namespace,
      creationTimestamp: timestamp(ingress.createdAt),
      ...(Object.keys(ingress.annotations).length > 0 ? { annotations: ingress.annotations } : {}),
    },
    spec: {
      ...(ingress.ingressClassName === null ? {} : { ingressClassName: ingress.ingressClassName }),
      rules: ingress.rules.map((rule) => ({
        ...(rule.host === null ? {} : { host: rule.host }),
        http: {
          paths: rule.paths.map((path) => ({
            path: path.path,
            pathType: path.pathType,
            backend: { service: { name: path.service, port: { number: path.port } } },
          })),
        },
      })),
    },
    status: { loadBalancer: hostname === '' ? {} : { ingress: [{ hostname }] } },
  };
}

export function ingressListing(state: EksState, type: ResourceType): Listing | null {
  if (type !== 'ingresses') return null;
  return {
    namespaced: true,
    headers: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
    wideHeaders: [],
    rows: state.ingresses.map((ingress) => ({
      name: ingress.name,
      namespace: ingress.namespace,
      cells: [
        ingress.name,
        ingress.ingressClassName ?? '<none>',
        ingress.rules.map((rule) => rule.host ?? '*').join(','),
        address(state, ingress),
        '80',
        humanDuration(state.now - ingress.createdAt),
      ],
      wide: [],
      object: ingressObject(state, ingress),
    })),
  };
}
