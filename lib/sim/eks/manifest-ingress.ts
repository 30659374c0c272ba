import type { IngressRule } from './ingress-types';
import type { KubeObject } from './objects';
import { Invalid, isObject, type Json } from './manifest-values';

/**
 * An Ingress (networking.k8s.io/v1) from a manifest: its class, and rules of HTTP paths to a
 * Service port, checked as the API server checks them. A default backend and TLS are valid
 * Kubernetes the simulator does not route; it says so.
 */

const PATH_TYPES = ['Prefix', 'Exact', 'ImplementationSpecific'] as const;

export const INGRESS_FIELDS = {
  apiVersion: true,
  kind: true,
  metadata: { name: true, namespace: true, labels: true, annotations: true },
  spec: {
    ingressClassName: true,
    defaultBackend: true,
    tls: true,
    rules: {
      host: true,
      http: {
        paths: {
          path: true,
          pathType: true,
          backend: { service: { name: true, port: { number: true, name: true } }, resource: true },
        },
      },
    },
  },
} as const;

function parseRule(entry: Json, index: number): IngressRule {
  const rule = isObject(entry) ? entry : {};
  const where = `spec.rules[${index}]`;
  const http = isObject(rule['http']) ? rule['http'] : {};
  const paths = http['paths'];
  if (!Array.isArray(paths) || paths.length === 0) throw new Invalid(`${where}.http.paths: Required value`);
  return {
    host: typeof rule['host'] === 'string' && rule['host'] !== '' ? rule['host'] : null,
    paths: paths.map((item, at) => {
      const path = isObject(item) ? item : {};
      const here = `${where}.http.paths[${at}]`;
      const pathType = path['pathType'];
      if (pathType === undefined)
        throw new Invalid(`${here}.pathType: Required value: pathType must be specified`);
      if (!(PATH_TYPES as readonly Json[]).includes(pathType))
        throw new Invalid(
          `${here}.pathType: Unsupported value: "${String(pathType)}": supported values: "Exact", "ImplementationSpecific", "Prefix"`,
        );
      const text = typeof path['path'] === 'string' ? path['path'] : '/';
      if (pathType !== 'ImplementationSpecific' && !text.startsWith('/'))
        throw new Invalid(`${here}.path: Invalid value: "${text}": must be an absolute path`);
      const backend = isObject(path['backend']) ? path['backend'] : {};
      const service = isObject(backend['service']) ? backend['service'] : {};
      if (typeof service['name'] !== 'string' || service['name'] === '')
        throw new Invalid(`${here}.backend.service.name: Required value`);
      const port = isObject(service['port']) ? service['port'] : {};
      const number = port['number'];
      if (port['name'] !== undefined)
        throw new Error('Dockyard: name the Service port by number here (backend.service.port.number).');
      if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > 65535)
        throw new Invalid(
          `${here}.backend.service.port.number: Invalid value: ${JSON.stringify(number ?? 0)}: must be between 1 and 65535, inclusive`,
        );
      return {
        path: text,
        pathType: pathType as IngressRule['paths'][number]['pathType'],
        service: service['name'],
        port: number,
      };
    }),
  };
}

export function parseIngress(
  name: string,
  namespace: string,
  spec: Record<string, Json>,
  annotations: Readonly<Record<string, string>>,
): KubeObject {
  if (spec['defaultBackend'] !== undefined || spec['tls'] !== undefined)
    throw new Error(
      'Dockyard: defaultBackend and tls are valid Kubernetes, but this simulator routes Ingress rules with HTTP paths only.',
    );
  const rules = spec['rules'];
  if (!Array.isArray(rules) || rules.length === 0)
    throw new Invalid('spec: Invalid value: "": either `defaultBackend` or `rules` must be specified');
  const className = spec['ingressClassName'];
  return {
    kind: 'Ingress',
    name,
    namespace,
    ingressClassName:
      typeof className === 'string' ? className : (annotations['kubernetes.io/ingress.class'] ?? null),
    annotations,
    rules: rules.map(parseRule),
  };
}
