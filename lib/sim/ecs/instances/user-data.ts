/**
 * What the ECS agent takes from an instance's user data: the lines it writes to
 * `/etc/ecs/ecs.config` (reference §1.2). Only the settings the simulator models are read:
 * `ECS_CLUSTER` (default `default`), `ECS_RESERVED_MEMORY` (MiB, default 0) and
 * `ECS_INSTANCE_ATTRIBUTES` (a JSON object of custom attributes).
 */
export interface AgentConfig {
  readonly cluster: string;
  readonly reservedMemoryMiB: number;
  readonly attributes: Readonly<Record<string, string>>;
}

const ATTRIBUTES = /ECS_INSTANCE_ATTRIBUTES=(\{[^\n]*?\})(?=['"\s]|$)/;
const SETTING = /(?:^|[\s'"])(ECS_CLUSTER|ECS_RESERVED_MEMORY)=('([^']*)'|"([^"]*)"|([^\s'"]+))/g;

export function readAgentConfig(userData: string | null): AgentConfig {
  const config = { cluster: 'default', reservedMemoryMiB: 0, attributes: {} as Record<string, string> };
  if (userData === null) return config;
  for (const match of userData.matchAll(SETTING)) {
    const value = match[3] ?? match[4] ?? match[5] ?? '';
    if (match[1] === 'ECS_CLUSTER' && value !== '') config.cluster = value;
    if (match[1] === 'ECS_RESERVED_MEMORY' && /^\d+$/.test(value)) config.reservedMemoryMiB = Number(value);
  }
  const attributes = ATTRIBUTES.exec(userData);
  if (attributes?.[1] !== undefined) config.attributes = parseAttributes(attributes[1]);
  return config;
}

function parseAttributes(text: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}
