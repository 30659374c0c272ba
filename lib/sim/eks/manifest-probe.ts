import type { LivenessProbe } from './types';
import { Invalid, isObject, Undecodable, type Json } from './manifest-values';

/**
 * A container's probe from a manifest, defaulted and validated as the API server does
 * (kubernetes/kubernetes pkg/apis/core/validation `validateProbe`, `validateHandler`): exactly one
 * handler, no negative numbers, `successThreshold` 1 for a liveness probe, a port in range. Zero
 * or unset numbers take the defaults: period 10 s, timeout 1 s, success 1, failure 3.
 */

const HANDLERS = ['exec', 'httpGet', 'tcpSocket'] as const;

const DEFAULTS = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
} as const;

type Numbers = { -readonly [K in keyof typeof DEFAULTS]: number };

/** An integer field of the probe; anything else fails decoding, in the words of Go's JSON decoder. */
function integerField(
  probe: Record<string, Json>,
  name: keyof Numbers,
  path: string,
  kind: string,
): number | undefined {
  const value = probe[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    const jsonPath = `${path.replace(/\[\d+\]/g, '')}.${name}`;
    const got = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : typeof value;
    throw new Undecodable(
      `${kind} in version "v1" cannot be handled as a ${kind}: json: cannot unmarshal ${got} into Go struct field Probe.${jsonPath} of type int32`,
    );
  }
  return value;
}

function validPort(value: Json | undefined, path: string): number | string {
  if (typeof value === 'string' && !/^\d+$/.test(value)) return value;
  const port = typeof value === 'string' ? Number(value) : typeof value === 'number' ? value : 0;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Invalid(`${path}: Invalid value: ${port}: must be between 1 and 65535, inclusive`);
  return port;
}

/**
 * Reads `livenessProbe` or `readinessProbe` at `path` (`spec.containers[0].livenessProbe`);
 * undefined when the container has none.
 */
export function parseProbe(
  value: unknown,
  path: string,
  kind: string,
  liveness: boolean,
): LivenessProbe | undefined {
  if (!isObject(value)) return undefined;
  const present = HANDLERS.filter((handler) => value[handler] !== undefined && value[handler] !== null);
  const [handler, second] = present;
  if (second !== undefined)
    throw new Invalid(`${path}.${second}: Forbidden: may not specify more than 1 handler type`);
  if (handler === undefined) throw new Invalid(`${path}: Required value: must specify a handler type`);
  const numbers = { ...DEFAULTS } as Numbers;
  for (const name of Object.keys(DEFAULTS) as (keyof Numbers)[]) {
    const given = integerField(value, name, path, kind);
    if (given === undefined) continue;
    if (given < 0)
      throw new Invalid(`${path}.${name}: Invalid value: ${given}: must be greater than or equal to 0`);
    // The API server defaults a zero like an unset field (initialDelaySeconds defaults to 0 anyway).
    if (given > 0) numbers[name] = given;
  }
  if (liveness && numbers.successThreshold !== 1)
    throw new Invalid(`${path}.successThreshold: Invalid value: ${numbers.successThreshold}: must be 1`);
  const action = isObject(value[handler]) ? value[handler] : {};
  const probe: LivenessProbe = {
    handler,
    initialDelaySeconds: numbers.initialDelaySeconds,
    periodSeconds: numbers.periodSeconds,
    timeoutSeconds: numbers.timeoutSeconds,
    failureThreshold: numbers.failureThreshold,
  };
  if (handler === 'exec') {
    const command = Array.isArray(action['command']) ? action['command'].map(String) : [];
    if (command.length === 0) throw new Invalid(`${path}.exec.command: Required value`);
    return { ...probe, command };
  }
  const port = validPort(action['port'], `${path}.${handler}.port`);
  if (handler === 'tcpSocket') return { ...probe, port };
  const scheme = action['scheme'];
  if (scheme !== undefined && scheme !== 'HTTP' && scheme !== 'HTTPS')
    throw new Invalid(
      `${path}.httpGet.scheme: Unsupported value: ${JSON.stringify(scheme)}: supported values: "HTTP", "HTTPS"`,
    );
  const given = action['path'];
  return { ...probe, port, path: typeof given === 'string' && given !== '' ? given : '/' };
}
