import type { World } from '../world';
import { sampleServiceCpu } from './cpu-metric';
import { applyManagedScaling } from './managed-scaling';
import { applyTargetTracking } from './target-tracking';

/**
 * What happens at every whole simulated minute (the engine calls it, then the scheduler runs):
 * CloudWatch datapoints, Service Auto Scaling (§5.7), then managed scaling of capacity providers (§5.6).
 */
export function sampleMinute(world: World): void {
  sampleServiceCpu(world);
  applyTargetTracking(world);
  applyManagedScaling(world);
}
