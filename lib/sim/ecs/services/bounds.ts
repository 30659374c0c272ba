import type { DeploymentConfiguration, Service } from '../types';

/**
 * The numbers a rolling update works within (§5.3) and the circuit breaker's threshold (§5.4).
 */

/** §5.3: at least desired × min% / 100 tasks RUNNING and healthy, rounded up (75 % of 2 → 2). */
export function minimumHealthyTasks(
  desired: number,
  config: Pick<DeploymentConfiguration, 'minimumHealthyPercent'>,
): number {
  return Math.max(0, Math.floor((desired * config.minimumHealthyPercent + 99) / 100));
}

/** §5.3: at most desired × max% / 100 tasks RUNNING or PENDING, rounded down (125 % of 3 → 3). */
export function maximumTasks(
  desired: number,
  config: Pick<DeploymentConfiguration, 'maximumPercent'>,
): number {
  return Math.max(0, Math.floor((desired * config.maximumPercent) / 100));
}

/** §5.4: 0.5 × desired, rounded up, at least 3 and at most 200 (1 → 3, 25 → 13, 400 → 200). */
export function circuitBreakerThreshold(desired: number): number {
  return Math.min(200, Math.max(3, Math.ceil(desired * 0.5)));
}

/** §4.2 / §5.1 defaults: REPLICA 100/200, DAEMON 0/100 through the API. */
export function defaultDeploymentConfiguration(
  strategy: Service['schedulingStrategy'],
): DeploymentConfiguration {
  return strategy === 'DAEMON'
    ? { minimumHealthyPercent: 0, maximumPercent: 100, circuitBreaker: { enable: false, rollback: false } }
    : { minimumHealthyPercent: 100, maximumPercent: 200, circuitBreaker: { enable: false, rollback: false } };
}

/** A service's configuration with the call's values laid over it. */
export function mergeDeploymentConfiguration(
  base: DeploymentConfiguration,
  given:
    | {
        minimumHealthyPercent?: number;
        maximumPercent?: number;
        circuitBreaker?: { enable: boolean; rollback: boolean };
      }
    | undefined,
): DeploymentConfiguration {
  if (given === undefined) return base;
  return {
    minimumHealthyPercent: given.minimumHealthyPercent ?? base.minimumHealthyPercent,
    maximumPercent: given.maximumPercent ?? base.maximumPercent,
    circuitBreaker: given.circuitBreaker ?? base.circuitBreaker,
  };
}
