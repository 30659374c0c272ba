import { parseCpu, parseMemory } from './quantity';
import type { ContainerSpec, LivenessProbe, PodTemplate, Toleration } from './types';
import { Invalid, isObject, stringMap, Undecodable } from './manifest-values';
import { parseProbe } from './manifest-probe';
import { parseAffinity, parseTopologySpread } from './manifest-placement';

const withLiveness = (probe: LivenessProbe | undefined) =>
  probe === undefined ? {} : { livenessProbe: probe };

/**
 * A pod spec from a manifest: containers with their resources, env and probes, nodeSelector,
 * tolerations, node affinity and topology spread constraints.
 */

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

export function parsePodSpec(spec: unknown, path: string, kind: string): PodTemplate['spec'] {
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
      ...(parseProbe(item['readinessProbe'], `${where}.readinessProbe`, kind, false) === undefined
        ? {}
        : { readinessProbe: true }),
      ...withLiveness(parseProbe(item['livenessProbe'], `${where}.livenessProbe`, kind, true)),
    };
  });
  const nodeSelector = stringMap(body['nodeSelector']);
  if (nodeSelector === null)
    throw new Invalid(`${path}.nodeSelector: Invalid value: the node selector must map labels to values`);
  const nodeAffinity = parseAffinity(body['affinity'], `${path}.affinity`);
  const topologySpreadConstraints = parseTopologySpread(
    body['topologySpreadConstraints'],
    `${path}.topologySpreadConstraints`,
  );
  const spec2: PodTemplate['spec'] = {
    containers: parsed,
    nodeSelector,
    tolerations: parseTolerations(body['tolerations']),
    ...(nodeAffinity === undefined ? {} : { nodeAffinity }),
    ...(topologySpreadConstraints === undefined ? {} : { topologySpreadConstraints }),
    ...(typeof body['serviceAccountName'] === 'string' && body['serviceAccountName'] !== 'default'
      ? { serviceAccountName: body['serviceAccountName'] }
      : {}),
  };
  return typeof body['nodeName'] === 'string' ? { ...spec2, nodeName: body['nodeName'] } : spec2;
}
