/**
 * What the ECS agent takes from an instance's user data: only the lines the script writes to
 * `/etc/ecs/ecs.config`, which the agent reads at start (reference §1.2). A setting echoed to any
 * other file, or commented out, does nothing, as on a real instance. The simulator reads
 * `ECS_CLUSTER` (default `default`), `ECS_RESERVED_MEMORY` (MiB, default 0) and
 * `ECS_INSTANCE_ATTRIBUTES` (a JSON object of custom attributes).
 */
export interface AgentConfig {
  readonly cluster: string;
  readonly reservedMemoryMiB: number;
  readonly attributes: Readonly<Record<string, string>>;
}

const CONFIG_FILE = '/etc/ecs/ecs.config';
const HEREDOC = /<<-?\s*(['"]?)(\w+)\1/;

/** The `KEY=VALUE` lines the script puts into ecs.config (echo/printf/tee lines and heredocs). */
export function ecsConfigLines(userData: string): string[] {
  const lines: string[] = [];
  let heredoc: { end: string; intoConfig: boolean } | null = null;
  for (const raw of userData.split(/\r?\n/)) {
    const line = raw.trim();
    if (heredoc !== null) {
      if (line === heredoc.end) heredoc = null;
      else if (heredoc.intoConfig) lines.push(line);
      continue;
    }
    if (line.startsWith('#')) continue;
    const opens = HEREDOC.exec(line);
    if (opens !== null) {
      heredoc = { end: opens[2] ?? 'EOF', intoConfig: line.includes(CONFIG_FILE) };
      continue;
    }
    if (!line.includes(CONFIG_FILE)) continue;
    // `echo ECS_CLUSTER=web >> /etc/ecs/ecs.config`, `printf '...\n' | tee -a /etc/ecs/ecs.config`
    const written = line.split(/\s(?:>>?|\|)\s?/)[0] ?? '';
    const text = written.replace(/^(?:echo(?:\s+-[ne]+)?|printf)\s+/, '').replace(/^(['"])(.*)\1$/, '$2');
    lines.push(...text.split('\\n').map((part) => part.trim()));
  }
  return lines.filter((line) => /^ECS_[A-Z_]+=/.test(line));
}

export function readAgentConfig(userData: string | null): AgentConfig {
  const config = { cluster: 'default', reservedMemoryMiB: 0, attributes: {} as Record<string, string> };
  if (userData === null) return config;
  for (const line of ecsConfigLines(userData)) {
    const at = line.indexOf('=');
    const key = line.slice(0, at);
    const value = line.slice(at + 1).replace(/^(['"])(.*)\1$/, '$2');
    if (key === 'ECS_CLUSTER' && value !== '') config.cluster = value;
    if (key === 'ECS_RESERVED_MEMORY' && /^\d+$/.test(value)) config.reservedMemoryMiB = Number(value);
    if (key === 'ECS_INSTANCE_ATTRIBUTES') config.attributes = parseAttributes(value);
  }
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
