import * as m from './messages';
import type { ContainerInput } from './read-input';

/**
 * Rules about how the containers behave together (reference §2.2): at least one essential
 * container, `dependsOn` targets and conditions, health-check commands and ranges, the options the
 * awslogs driver needs, and the execution role that secrets need.
 */

export const CONDITIONS = ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'] as const;
export type Condition = (typeof CONDITIONS)[number];

export function isCondition(value: string): value is Condition {
  return (CONDITIONS as readonly string[]).includes(value);
}

/** §2.2: `essential` defaults to true, and every task needs one essential container. */
export function essentialProblem(containers: readonly ContainerInput[]): string | null {
  return containers.some((c) => c.essential ?? true) ? null : m.NO_ESSENTIAL;
}

export function dependencyProblem(containers: readonly ContainerInput[]): string | null {
  const byName = new Map(containers.map((c) => [c.name ?? '', c]));
  for (const [index, c] of containers.entries()) {
    for (const [depIndex, dep] of c.dependsOn.entries()) {
      const field = `containerDefinitions.${index + 1}.member.dependsOn.${depIndex + 1}.member.condition`;
      const target = byName.get(dep.containerName ?? '');
      if (target === undefined) return m.dependencyMissing(dep.containerName ?? '');
      if (dep.condition === undefined || !isCondition(dep.condition))
        return m.notInEnum(dep.condition ?? 'null', field, CONDITIONS);
      if (dep.condition === 'HEALTHY' && target.healthCheck === undefined)
        return m.healthyNeedsHealthCheck(target.name ?? '');
      if ((dep.condition === 'SUCCESS' || dep.condition === 'COMPLETE') && (target.essential ?? true))
        return m.DEPENDENCY_ESSENTIAL;
    }
  }
  return null;
}

/** §2.2 healthCheck: a CMD/CMD-SHELL command; interval 5–300, timeout 2–60, retries 1–10, startPeriod 0–300. */
export const HEALTH_CHECK_RANGES = {
  interval: { min: 5, max: 300, default: 30 },
  timeout: { min: 2, max: 60, default: 5 },
  retries: { min: 1, max: 10, default: 3 },
  startPeriod: { min: 0, max: 300, default: 0 },
} as const;

export function healthCheckProblem(containers: readonly ContainerInput[]): string | null {
  for (const c of containers) {
    const check = c.healthCheck;
    if (check === undefined) continue;
    const name = c.name ?? '';
    const [kind] = check.command ?? [];
    if (kind !== 'CMD' && kind !== 'CMD-SHELL') return m.invalidHealthCheck('command', name);
    for (const field of ['interval', 'timeout', 'retries', 'startPeriod'] as const) {
      const value = check[field];
      const range = HEALTH_CHECK_RANGES[field];
      if (value !== undefined && (value < range.min || value > range.max))
        return m.invalidHealthCheck(field, name);
    }
  }
  return null;
}

/** The options the awslogs driver cannot start without, in the order AWS lists them. */
const AWSLOGS_REQUIRED = ['awslogs-region', 'awslogs-group'];

export function logProblem(containers: readonly ContainerInput[]): string | null {
  for (const c of containers) {
    if (c.logConfiguration?.logDriver !== 'awslogs') continue;
    const missing = AWSLOGS_REQUIRED.filter((option) => !(c.logConfiguration?.options[option] ?? '').trim());
    if (missing.length > 0) return m.awslogsRequiresOptions(missing);
  }
  return null;
}

export function secretsProblem(
  containers: readonly ContainerInput[],
  executionRoleArn: string | undefined,
): string | null {
  const usesSecrets = containers.some((c) => c.secrets.length > 0);
  return usesSecrets && (executionRoleArn ?? '') === '' ? m.SECRETS_NEED_EXECUTION_ROLE : null;
}
