import type { ScalableTarget, Service } from '../types';
import { emit, type World } from '../world';
import { serviceOfResource, setServiceDesiredCount } from './scalable-targets';

/**
 * Target tracking on ECSServiceAverageCPUUtilization (§5.7). Application Auto Scaling creates two
 * CloudWatch alarms: AlarmHigh, metric above the target for 3 datapoints within 3 minutes, and
 * AlarmLow, below 90 % of the target for 15 datapoints within 15 minutes (observed in the alarms
 * it creates). It scales out fast and in slowly, from the RUNNING count:
 * new desired = ceil(running × metric ÷ target) within min and max capacity, after the cooldown,
 * and never in while a deployment is in progress (§5.3). No datapoints, no scaling.
 */
export const SCALE_OUT_DATAPOINTS = 3;
export const SCALE_IN_DATAPOINTS = 15;
export const SCALE_IN_FACTOR = 0.9;

const MINUTE = 60_000;

/** The last `count` datapoints if they are the last `count` whole minutes, else null. */
function lastMinutes(service: Service, now: number, count: number): number[] | null {
  const samples = service.cpuUtilization.slice(-count);
  if (samples.length < count) return null;
  const consecutive = samples.every((s, i) => s.at === now - (count - 1 - i) * MINUTE);
  return consecutive ? samples.map((s) => s.percent) : null;
}

function deploying(service: Service): boolean {
  return service.deployments.length > 1 || service.deployments.some((d) => d.rolloutState === 'IN_PROGRESS');
}

function cooled(target: ScalableTarget, seconds: number, now: number): boolean {
  return target.lastScaleAt === null || now - target.lastScaleAt >= seconds * 1000;
}

function runningCount(world: World, service: Service): number {
  return world.tasks.filter(
    (t) => t.cluster === service.cluster && t.serviceName === service.name && t.lastStatus === 'RUNNING',
  ).length;
}

/** Evaluates every target tracking policy at this minute. */
export function applyTargetTracking(world: World): void {
  for (const target of [...world.scalableTargets]) {
    const policy = target.policy;
    if (policy === null) continue;
    const service = serviceOfResource(world, target.resourceId);
    if (service === undefined) continue;
    const high = lastMinutes(service, world.now, SCALE_OUT_DATAPOINTS);
    const low = lastMinutes(service, world.now, SCALE_IN_DATAPOINTS);
    const latest = high?.[high.length - 1] ?? low?.[low.length - 1];
    if (latest === undefined) continue;
    const running = runningCount(world, service);
    const wanted = Math.min(
      target.maxCapacity,
      Math.max(target.minCapacity, Math.ceil((running * latest) / policy.targetValue)),
    );
    let alarm: string | null = null;
    if (
      high !== null &&
      high.every((p) => p > policy.targetValue) &&
      wanted > service.desiredCount &&
      cooled(target, policy.scaleOutCooldown, world.now)
    )
      alarm = 'AlarmHigh';
    else if (
      low !== null &&
      low.every((p) => p < policy.targetValue * SCALE_IN_FACTOR) &&
      wanted < service.desiredCount &&
      !deploying(service) &&
      cooled(target, policy.scaleInCooldown, world.now)
    )
      alarm = 'AlarmLow';
    if (alarm === null) continue;
    setServiceDesiredCount(world, service, wanted);
    world.scalableTargets = world.scalableTargets.map((t) =>
      t.resourceId === target.resourceId ? { ...t, lastScaleAt: world.now } : t,
    );
    emit(
      world,
      'scaling-activity',
      'info',
      `Application Auto Scaling: Setting desired count to ${wanted}. (monitor alarm TargetTracking-${target.resourceId}-${alarm} in state ALARM triggered policy ${policy.name}; CPUUtilization ${latest}%)`,
    );
  }
}
