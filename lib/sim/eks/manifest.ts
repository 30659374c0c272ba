import { parseAllDocuments } from 'yaml';
import { Invalid, isObject, stringMap, Undecodable, type Json } from './manifest-values';
import { parsePodSpec } from './manifest-pod';
import { parseService } from './manifest-service';
import { parseHpa } from './manifest-hpa';
import { INGRESS_FIELDS, parseIngress } from './manifest-ingress';
import { NODEPOOL_FIELDS, parseNodePool } from './manifest-nodepool';
import type { KubeObject } from './objects';
import { API_VERSION, FIELDS, HPA_FIELDS, type Tree } from './manifest-fields';
import { namespaceNameProblem } from './namespace-names';

/**
 * `kubectl apply -f FILE`: YAML (one or more documents, or JSON) checked the way kubectl and the API
 * server check it: unknown fields refused by strict decoding, required fields, names, selectors
 * and quantities, each refused in kubectl's words and naming the file.
 */

export type ManifestResult =
  | { readonly ok: true; readonly objects: readonly KubeObject[] }
  | { readonly ok: false; readonly error: string };

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

const goMap = (map: Record<string, string>) =>
  `map[string]string{${Object.entries(map)
    .map(([key, value]) => `"${key}":"${value}"`)
    .join(', ')}}`;
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
  const fields =
    kind === 'HorizontalPodAutoscaler'
      ? HPA_FIELDS
      : kind === 'Ingress'
        ? INGRESS_FIELDS
        : kind === 'NodePool'
          ? NODEPOOL_FIELDS
          : FIELDS[kind];
  if (fields === undefined || API_VERSION[kind] !== apiVersion) {
    const hint =
      fields === undefined
        ? `\nDockyard simulates Namespace, Deployment, DaemonSet, Pod, Service, ServiceAccount, HorizontalPodAutoscaler, Ingress and Karpenter's NodePool so far.`
        : `\nDockyard: a ${kind} is apiVersion ${API_VERSION[kind]}.`;
    throw new Error(
      `error: resource mapping not found for name: "${name}" namespace: "" from "${file}": no matches for kind "${kind}" in version "${apiVersion}"\nensure CRDs are installed first${hint}`,
    );
  }
  const verb = 'creating';
  const unknown = unknownField(document, fields, '');
  if (unknown !== null)
    throw new Error(
      `Error from server (BadRequest): error when ${verb} "${file}": ${kind} in version "${apiVersion.split('/').pop() ?? apiVersion}" cannot be handled as a ${kind}: strict decoding error: unknown field "${unknown}"`,
    );
  if (kind === 'Namespace' && name !== '') {
    const problem = namespaceNameProblem(name);
    if (problem !== null) throw new Error(problem);
    return { kind, name, namespace: '' };
  }
  try {
    if (name === '') throw new Invalid('metadata.name: Required value: name or generateName is required');
    if (!NAME.test(name) || name.length > 253)
      throw new Invalid(`metadata.name: Invalid value: "${name}": ${NAME_RULE}`);
    const namespace = typeof metadata['namespace'] === 'string' ? metadata['namespace'] : 'default';
    const labels = stringMap(metadata['labels']) ?? {};
    const spec = isObject(document['spec']) ? document['spec'] : {};
    if (kind === 'Pod')
      return { kind: 'Pod', name, namespace, template: { labels, spec: parsePodSpec(spec, 'spec', kind) } };
    const annotations = stringMap(metadata['annotations']) ?? {};
    if (kind === 'Service') return parseService(name, namespace, spec, annotations);
    if (kind === 'ServiceAccount') return { kind, name, namespace, annotations };
    if (kind === 'Ingress') return parseIngress(name, namespace, spec, annotations);
    if (kind === 'NodePool') return parseNodePool(name, spec);
    if (kind === 'HorizontalPodAutoscaler') return parseHpa(name, namespace, spec);
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
