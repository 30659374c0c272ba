import type { CommandError } from '../../core/types';
import { arn } from '../catalog';
import type { EcsCommandOf } from '../commands';
import { ecsResourceId } from '../ids';
import type { TargetGroup } from '../types';
import { emit, refused, type World } from '../world';

/**
 * Elastic Load Balancing target groups on the account's Application Load Balancer (init.ts: the
 * account starts with one ALB and every target group is created behind its listener).
 *
 * Error wordings: `DuplicateTargetGroupName` (… exists, but with different settings) and
 * `TargetGroupNotFound` are ELB's as seen in public issues; the `1 validation error detected` form
 * is the AWS API's generic constraint message. The interval/timeout rule is documented but its
 * sentence is only seen in an emulator, and the name-rule and deregistration-delay wordings were
 * not found in a primary source (unconfirmed).
 */
export const DEFAULT_DEREGISTRATION_DELAY_S = 300;

type Result = { ok: true } | { ok: false; error: CommandError };

const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/;

function constraint(field: string, value: number, min: number, max: number): string | null {
  if (value < min)
    return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have value greater than or equal to ${min}`;
  if (value > max)
    return `1 validation error detected: Value '${value}' at '${field}' failed to satisfy constraint: Member must have value less than or equal to ${max}`;
  return null;
}

/** A target group by ARN or by name. */
export function findTargetGroup(world: Pick<World, 'targetGroups'>, ref: string): TargetGroup | undefined {
  return world.targetGroups.find((g) => g.arn === ref || g.name === ref);
}

function sameSettings(a: TargetGroup, b: TargetGroup): boolean {
  return (
    a.targetType === b.targetType &&
    a.port === b.port &&
    a.protocol === b.protocol &&
    JSON.stringify(a.healthCheck) === JSON.stringify(b.healthCheck)
  );
}

/**
 * CreateTargetGroup: health checks every `healthCheckIntervalSeconds` (5–300), healthy after
 * `healthyThresholdCount` passes and unhealthy after `unhealthyThresholdCount` failures (2–10),
 * deregistration delay 300 s. Creating the same group twice is idempotent, as in ELB.
 */
export function createTargetGroup(world: World, command: EcsCommandOf<'CreateTargetGroup'>): Result {
  const fail = (code: string, message: string): Result => ({
    ok: false,
    error: refused(world, code, message),
  });
  if (command.name.length > 32)
    return fail(
      'ValidationError',
      `Target group name '${command.name}' cannot be longer than '32' characters`,
    );
  if (!NAME.test(command.name))
    return fail(
      'ValidationError',
      `Target group name '${command.name}' can have a maximum of 32 characters, must contain only alphanumeric characters or hyphens, and must not begin or end with a hyphen`,
    );
  const checks =
    constraint('healthCheckIntervalSeconds', command.healthCheckIntervalSeconds, 5, 300) ??
    constraint('healthCheckTimeoutSeconds', command.healthCheckTimeoutSeconds, 2, 120) ??
    constraint('healthyThresholdCount', command.healthyThresholdCount, 2, 10) ??
    constraint('unhealthyThresholdCount', command.unhealthyThresholdCount, 2, 10) ??
    constraint('port', command.port, 1, 65535);
  if (checks !== null) return fail('ValidationError', checks);
  if (command.healthCheckTimeoutSeconds >= command.healthCheckIntervalSeconds)
    return fail('ValidationError', 'Health check interval must be greater than the timeout.');
  const group: TargetGroup = {
    name: command.name,
    arn: arn('elasticloadbalancing', `targetgroup/${command.name}/${ecsResourceId(world).slice(0, 16)}`),
    targetType: command.targetType,
    port: command.port,
    protocol: command.protocol,
    loadBalancerArn: world.loadBalancers[0]?.arn ?? null,
    healthCheck: {
      path: command.healthCheckPath,
      intervalSeconds: command.healthCheckIntervalSeconds,
      timeoutSeconds: command.healthCheckTimeoutSeconds,
      healthyThreshold: command.healthyThresholdCount,
      unhealthyThreshold: command.unhealthyThresholdCount,
    },
    deregistrationDelaySeconds: DEFAULT_DEREGISTRATION_DELAY_S,
    targets: [],
  };
  const existing = world.targetGroups.find((g) => g.name === command.name);
  if (existing !== undefined) {
    if (sameSettings(existing, group)) return { ok: true };
    return fail(
      'DuplicateTargetGroupName',
      `A target group with the same name '${command.name}' exists, but with different settings`,
    );
  }
  world.targetGroups.push(group);
  emit(
    world,
    'target-group-created',
    'info',
    `Elastic Load Balancing: target group ${group.name} created (${group.protocol}:${group.port}, target type ${group.targetType}, health check ${group.healthCheck.path} every ${group.healthCheck.intervalSeconds}s)`,
  );
  return { ok: true };
}

/** ModifyTargetGroupAttributes: the deregistration delay (`deregistration_delay.timeout_seconds`, 0–3600). */
export function modifyTargetGroupAttributes(
  world: World,
  command: EcsCommandOf<'ModifyTargetGroupAttributes'>,
): Result {
  const group = findTargetGroup(world, command.targetGroupArn);
  if (group === undefined)
    return { ok: false, error: refused(world, 'TargetGroupNotFound', 'One or more target groups not found') };
  const delay = command.deregistrationDelaySeconds;
  if (delay < 0 || delay > 3600)
    return {
      ok: false,
      error: refused(
        world,
        'ValidationError',
        `The value of 'deregistration_delay.timeout_seconds' must be between '0' and '3600'`,
      ),
    };
  world.targetGroups = world.targetGroups.map((g) =>
    g === group ? { ...g, deregistrationDelaySeconds: delay } : g,
  );
  emit(
    world,
    'target-group-modified',
    'info',
    `Elastic Load Balancing: ${group.name} deregistration delay is now ${delay} seconds`,
  );
  return { ok: true };
}
