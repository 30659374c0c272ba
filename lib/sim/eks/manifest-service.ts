import type { KubeObject } from './objects';
import { Invalid, isObject, stringMap, type Json } from './manifest-values';

/** A Service from a manifest: its type, selector and ports, checked as the API server checks them. */

const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'] as const;

export function parseService(
  name: string,
  namespace: string,
  spec: Record<string, Json>,
  annotations: Readonly<Record<string, string>> = {},
): KubeObject {
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
    ...(Object.keys(annotations).length > 0 ? { annotations } : {}),
  };
}
