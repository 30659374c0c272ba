import { parseAllDocuments } from 'yaml';
import { parseCpu, parseMemory } from './quantity';
import type { KubeObject } from './objects';
import type { ContainerSpec, PodTemplate, Toleration } from './types';

/**
 * `kubectl apply -f FILE`: YAML (one or more documents, or JSON) checked the way kubectl and the API
 * server check it: unknown fields refused by strict decoding, required fields, names, selectors
 * and quantities, each refused in kubectl's words and naming the file.
 */

export type ManifestResult =
  | { readonly ok: true; readonly objects: readonly KubeObject[] }
  | { readonly ok: false; readonly error: string };

type Tree = { readonly [field: string]: Tree | true };

const PROBE: Tree = {
  httpGet: { path: true, port: true, scheme: true },
  tcpSocket: { port: true },
  exec: { command: true },
  initialDelaySeconds: true,
  periodSeconds: true,
  timeoutSeconds: true,
  failureThreshold: true,
  successThreshold: true,
};

const CONTAINER: Tree = {
  name: true,
  image: true,
  imagePullPolicy: true,
  command: true,
  args: true,
  env: true,
  ports: true,
  resources: { requests: true, limits: true },
  readinessProbe: PROBE,
  livenessProbe: PROBE,
  startupProbe: PROBE,
};

const POD_SPEC: Tree = {
  containers: CONTAINER,
  nodeSelector: true,
  tolerations: true,
  affinity: true,
  topologySpreadConstraints: true,
  nodeName: true,
  restartPolicy: true,
  terminationGracePeriodSeconds: true,
  serviceAccountName: true,
};

const METADATA: Tree = { name: true, namespace: true, labels: true, annotations: true };
const TEMPLATE: Tree = { metadata: { labels: true, annotations: true }, spec: POD_SPEC };

const FIELDS: Readonly<Record<string, Tree>> = {
  Deployment: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: {
      replicas: true,
      selector: { matchLabels: true },
      template: TEMPLATE,
      strategy: { type: true, rollingUpdate: { maxSurge: true, maxUnavailable: true } },
      minReadySeconds: true,
      revisionHistoryLimit: true,
      progressDeadlineSeconds: true,
    },
  },
  DaemonSet: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { selector: { matchLabels: true }, template: TEMPLATE },
  },
  Pod: { apiVersion: true, kind: true, metadata: METADATA, spec: POD_SPEC },
  Service: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: {
      type: true,
      selector: true,
      ports: { name: true, port: true, targetPort: true, nodePort: true, protocol: true },
    },
  },
};

const API_VERSION: Readonly<Record<string, string>> = {
  Deployment: 'apps/v1',
  DaemonSet: 'apps/v1',
  Pod: 'v1',
  Service: 'v1',
};

/** Fields kubectl accepts that change placement in ways this simulator does not draw yet. */
const NOT_SIMULATED = [
  'spec.affinity',
  'spec.topologySpreadConstraints',
  'spec.template.spec.affinity',
  'spec.template.spec.topologySpreadConstraints',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: unknown): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first field strict decoding refuses: `spec.template.spec.containers[0].imagee`. */
function unknownField(value: unknown, tree: Tree, path: string): string | null {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unknownField(item, tree, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  for (const [key, child] of Object.entries(value)) {
    const allowed = tree[key];
    const where = path === '' ? key : `${path}.${key}`;
    if (allowed === undefined) return where;
    if (allowed !== true) {
      const found = unknownField(child, allowed, where);
      if (found !== null) return found;
    }
  }
  return null;
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const NAME_RULE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

function stringMap(value: unknown): Record<string, string> | null {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) return null;
  const map: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'string' && typeof item !== 'number' && typeof item !== 'boolean') return null;
    map[key] = String(item);
  }
  return map;
}

const goMap = (map: Record<string, string>) =>
  `map[string]string{${Object.entries(map)
    .map(([key, value]) => `"${key}":"${value}"`)
    .join(', ')}}`;

class Invalid extends Error {}

/** Refused while decoding, before validation: kubectl shows the server's BadRequest. */
class Undecodable extends Error {}

function parseResources(
  value: unknown,
  path: string,
  kind: string,
): Pick<ContainerSpec, 'requests' | 'limits'> {
  const parse = (section: unknown) => {
    const out: { cpu?: number; memory?: number } = {};
    if (!isObject(section)) return out;
    for (const [name, quantity] of Object.entries(section)) {
      const parsed =
        typeof quantity !== 'string' && typeof quantity !== 'number'
          ? parseCpu('?')
          : name === 'memory'
            ? parseMemory(quantity)
            : parseCpu(quantity);
      if (!parsed.ok)
        throw new Undecodable(`${kind} in version "v1" cannot be handled as a ${kind}: ${parsed.error}`);
      if (name === 'cpu' || name === 'memory') out[name] = parsed.value;
    }
    return out;
  };
  const resources = isObject(value) ? value : {};
  const limits = parse(resources['limits']);
  const written = parse(resources['requests']);
  // The API server defaults a missing request to its limit.
  const requests = { ...limits, ...written };
  for (const name of ['cpu', 'memory'] as const) {
    const request = requests[name];
    const limit = limits[name];
    if (request !== undefined && limit !== undefined && request > limit)
      throw new Invalid(
        `${path}.resources.requests: Invalid value: "${request}": must be less than or equal to ${name} limit of ${limit}`,
      );
  }
  return { requests, limits };
}

function parseTolerations(value: unknown): Toleration[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((item) => {
    const toleration: { -readonly [K in keyof Toleration]: Toleration[K] } = {
      operator: item['operator'] === 'Exists' ? 'Exists' : 'Equal',
    };
    if (typeof item['key'] === 'string') toleration.key = item['key'];
    if (typeof item['value'] === 'string') toleration.value = item['value'];
    if (
      item['effect'] === 'NoSchedule' ||
      item['effect'] === 'PreferNoSchedule' ||
      item['effect'] === 'NoExecute'
    )
      toleration.effect = item['effect'];
    if (typeof item['tolerationSeconds'] === 'number')
      toleration.tolerationSeconds = Math.max(0, Math.trunc(item['tolerationSeconds']));
    return toleration;
  });
}

function parsePodSpec(spec: unknown, path: string, kind: string): PodTemplate['spec'] {
  const body = isObject(spec) ? spec : {};
  const containers = body['containers'];
  if (!Array.isArray(containers) || containers.length === 0)
    throw new Invalid(`${path}.containers: Required value`);
  const parsed = containers.map((container, index) => {
    const where = `${path}.containers[${index}]`;
    const item = isObject(container) ? container : {};
    const name = item['name'];
    const image = item['image'];
    if (typeof name !== 'string' || name === '') throw new Invalid(`${where}.name: Required value`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name) || name.length > 63)
      throw new Invalid(
        `${where}.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
      );
    if (typeof image !== 'string' || image.trim() === '') throw new Invalid(`${where}.image: Required value`);
    const env: Record<string, string> = {};
    if (Array.isArray(item['env']))
      for (const variable of item['env'])
        if (isObject(variable) && typeof variable['name'] === 'string')
          env[variable['name']] =
            variable['value'] === undefined || variable['value'] === null ? '' : String(variable['value']);
    return {
      name,
      image,
      ...parseResources(item['resources'], where, kind),
      ...(Object.keys(env).length > 0 ? { env } : {}),
      ...(isObject(item['readinessProbe']) ? { readinessProbe: true } : {}),
    };
  });
  const nodeSelector = stringMap(body['nodeSelector']);
  if (nodeSelector === null)
    throw new Invalid(`${path}.nodeSelector: Invalid value: the node selector must map labels to values`);
  const spec2: PodTemplate['spec'] = {
    containers: parsed,
    nodeSelector,
    tolerations: parseTolerations(body['tolerations']),
  };
  return typeof body['nodeName'] === 'string' ? { ...spec2, nodeName: body['nodeName'] } : spec2;
}

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;

function parseService(name: string, namespace: string, spec: Record<string, Json>): KubeObject {
  const type = spec['type'] ?? 'ClusterIP';
  if (type === 'ExternalName')
    throw new Invalid('spec.type: Dockyard does not simulate ExternalName Services');
  if (!(SERVICE_TYPES as readonly Json[]).includes(type))
    throw new Invalid(
      `spec.type: Unsupported value: "${String(type)}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`,
    );
  const ports = spec['ports'];
  if (!Array.isArray(ports) || ports.length === 0) throw new Invalid('spec.ports: Required value');
  const parsed = ports.map((entry, index) => {
    const item = isObject(entry) ? entry : {};
    const where = `spec.ports[${index}]`;
    const port = item['port'];
    if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535)
      throw new Invalid(
        `${where}.port: Invalid value: ${JSON.stringify(port ?? 0)}: must be between 1 and 65535, inclusive`,
      );
    const target = item['targetPort'] ?? port;
    if (typeof target !== 'number' || !Number.isInteger(target) || target < 1 || target > 65535)
      throw new Invalid(
        `${where}.targetPort: Invalid value: ${JSON.stringify(target)}: must be between 1 and 65535, inclusive (Dockyard: use the container's port number)`,
      );
    const nodePort = item['nodePort'];
    if (
      nodePort !== undefined &&
      (typeof nodePort !== 'number' || !Number.isInteger(nodePort) || nodePort < 30000 || nodePort > 32767)
    )
      throw new Invalid(
        `${where}.nodePort: Invalid value: ${JSON.stringify(nodePort)}: provided port is not in the valid range. The range of valid ports is 30000-32767`,
      );
    const protocol = item['protocol'] ?? 'TCP';
    if (protocol !== 'TCP' && protocol !== 'UDP')
      throw new Invalid(
        `${where}.protocol: Unsupported value: "${String(protocol)}": supported values: "SCTP", "TCP", "UDP"`,
      );
    return {
      port,
      targetPort: target,
      protocol,
      nodePort: typeof nodePort === 'number' && type !== 'ClusterIP' ? nodePort : null,
    } as const;
  });
  return {
    kind: 'Service',
    name,
    namespace,
    type: type as (typeof SERVICE_TYPES)[number],
    selector: stringMap(spec['selector']) ?? {},
    ports: parsed,
  };
}

function toObject(document: Record<string, Json>, file: string): KubeObject {
  const kind = document['kind'];
  const apiVersion = document['apiVersion'];
  const metadata = isObject(document['metadata']) ? document['metadata'] : {};
  const name = typeof metadata['name'] === 'string' ? metadata['name'] : '';
  if (typeof kind !== 'string' || kind === '')
    throw new Error(
      `error: error validating "${file}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  if (typeof apiVersion !== 'string' || apiVersion === '')
    throw new Error(
      `error: error validating "${file}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    );
  const fields = FIELDS[kind];
  if (fields === undefined || API_VERSION[kind] !== apiVersion) {
    const hint =
      fields === undefined
        ? `\nDockyard simulates Deployment, DaemonSet, Pod and Service so far.`
        : `\nDockyard: a ${kind} is apiVersion ${API_VERSION[kind]}.`;
    throw new Error(
      `error: resource mapping not found for name: "${name}" namespace: "" from "${file}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first${hint}`,
    );
  }
  const verb = 'creating';
  const unknown = unknownField(document, fields, '');
  if (unknown !== null)
    throw new Error(
      `Error from server (BadRequest): error when ${verb} "${file}": ${kind} in version "${apiVersion.replace('apps/', '')}" cannot be handled as a ${kind}: strict decoding error: unknown field "${unknown}"`,
    );
  const notSimulated = NOT_SIMULATED.find(
    (path) =>
      path
        .split('.')
        .reduce<unknown>((value, key) => (isObject(value) ? value[key] : undefined), document) !== undefined,
  );
  if (notSimulated !== undefined)
    throw new Error(
      `Dockyard: ${notSimulated} is valid Kubernetes, but this simulator does not place pods by it yet. Use nodeSelector, taints and tolerations, which it does simulate.`,
    );
  try {
    if (name === '') throw new Invalid('metadata.name: Required value: name or generateName is required');
    if (!NAME.test(name) || name.length > 253)
      throw new Invalid(`metadata.name: Invalid value: "${name}": ${NAME_RULE}`);
    const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : 'default';
    const labels = stringMap(metadata['labels']) ?? {};
    const spec = isObject(document['spec']) ? document['spec'] : {};
    if (kind === 'Pod')
      return { kind: 'Pod', name, namespace, template: { labels, spec: parsePodSpec(spec, 'spec', kind) } };
    if (kind === 'Service') return parseService(name, namespace, spec);
    const selector =
      stringMap(isObject(spec['selector']) ? spec['selector']['matchLabels'] : undefined) ?? {};
    if (Object.keys(selector).length === 0) throw new Invalid('spec.selector: Required value');
    const template = isObject(spec['template']) ? spec['template'] : {};
    const templateLabels =
      stringMap(isObject(template['metadata']) ? template['metadata']['labels'] : undefined) ?? {};
    if (!Object.entries(selector).every(([key, value]) => templateLabels[key] === value))
      throw new Invalid(
        `spec.template.metadata.labels: Invalid value: ${goMap(templateLabels)}: \`selector\` does not match template \`labels\``,
      );
    const podTemplate = {
      labels: templateLabels,
      spec: parsePodSpec(template['spec'], 'spec.template.spec', kind),
    };
    if (kind === 'DaemonSet') return { kind, name, namespace, selector, template: podTemplate };
    const replicas = spec['replicas'] ?? 1;
    if (typeof replicas !== 'number' || !Number.isInteger(replicas) || replicas < 0)
      throw new Invalid(
        `spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be greater than or equal to 0`,
      );
    const strategy = isObject(spec['strategy']) ? spec['strategy'] : {};
    const rolling = isObject(strategy['rollingUpdate']) ? strategy['rollingUpdate'] : {};
    const intOrPercent = (value: Json | undefined) => (value === undefined ? undefined : String(value));
    const object: KubeObject = {
      kind: 'Deployment',
      name,
      namespace,
      replicas: Math.min(replicas, 1000),
      selector,
      template: podTemplate,
    };
    const maxSurge = intOrPercent(rolling['maxSurge']);
    const maxUnavailable = intOrPercent(rolling['maxUnavailable']);
    return {
      ...object,
      ...(maxSurge === undefined ? {} : { maxSurge }),
      ...(maxUnavailable === undefined ? {} : { maxUnavailable }),
    };
  } catch (error) {
    if (error instanceof Invalid) throw new Error(`The ${kind} "${name}" is invalid: ${error.message}`);
    if (error instanceof Undecodable)
      throw new Error(`Error from server (BadRequest): error when ${verb} "${file}": ${error.message}`);
    throw error;
  }
}

/** Reads a manifest file's text (YAML or JSON, `---` between documents). */
export function parseManifests(text: string, file: string): ManifestResult {
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [documents];
  const objects: KubeObject[] = [];
  for (const document of list) {
    const problem = document.errors[0];
    if (problem !== undefined) {
      const line = problem.linePos?.[0]?.line ?? 1;
      const reason =
        problem.message.split('\n')[0]?.replace(/ at line \d+, column \d+.*$/, '') ?? 'invalid YAML';
      return {
        ok: false,
        error: `error: error parsing ${file}: error converting YAML to JSON: yaml: line ${line}: ${reason}`,
      };
    }
    let value: unknown;
    try {
      value = document.toJS();
    } catch (error) {
      // An alias to an anchor that is not there, and the like: the YAML is wrong, not the object.
      const reason = error instanceof Error ? error.message : 'invalid YAML';
      return {
        ok: false,
        error: `error: error parsing ${file}: error converting YAML to JSON: yaml: ${reason}`,
      };
    }
    if (value === null || value === undefined) continue;
    if (!isObject(value))
      return {
        ok: false,
        error: `error: error validating "${file}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
      };
    try {
      objects.push(toObject(value, file));
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  if (objects.length === 0) return { ok: false, error: `error: no objects passed to apply` };
  return { ok: true, objects };
}
