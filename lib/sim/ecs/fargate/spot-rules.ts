import type { CapacityProviderStrategyItem, EcsState, TaskDefinition } from '../types';
import { isWindowsDefinition } from './platform-versions';

/**
 * Fargate Spot (reference §5.6, §6): tasks on spare capacity that AWS can take back.
 *
 * - Interruption (Dockyard's `chaos interrupt-spot`): the two-minute warning reaches the task as
 *   an EventBridge task state change (desiredStatus STOPPED, lastStatus still RUNNING) and as
 *   SIGTERM; ECS deregisters its load balancer targets and stops it with `stoppedReason: "Your
 *   Spot Task was interrupted."` and `stopCode: "SpotInterruption"` (§3.2, the current docs'
 *   sample event; the 2023 sample said TerminationNotice). An app that ignores SIGTERM is killed
 *   after its stopTimeout (at most 120 s on Fargate, tasks/stop.ts), so the task is gone within
 *   the two minutes. A service replaces it, on Fargate Spot again when capacity exists.
 * - No spare capacity (Dockyard's `chaos spot-capacity off`): new FARGATE_SPOT tasks cannot start.
 *   ECS does not fall back to FARGATE (containers-roadmap#852); a service posts `(service NAME)
 *   was unable to place a task. Reason: Capacity is unavailable at this time. Please try again
 *   later or in a different availability zone.` (observed, sil-org/ecs-deploy#277) and RunTask
 *   returns that reason in failures[] (AWS Knowledge Center "ecs-fargate-runtask-capacity").
 * - Platform: Windows tasks cannot use Fargate Spot (§5.6). ARM64 tasks can since September 2024
 *   ("Amazon ECS now supports AWS Graviton-based Spot compute with AWS Fargate"; the current API
 *   reference: "FARGATE_SPOT supports Linux tasks with the ARM64 architecture on platform version
 *   1.4.0 or later"), although the reference §5.6 and older guides still say X86_64 only. Before
 *   that, ECS answered `FARGATE_SPOT capacity provider is not supported when using ARM
 *   architecture.` (observed, containers-roadmap#2407); the Windows refusal below is modelled on
 *   that wording (unconfirmed).
 */

export const SPOT_INTERRUPTED_REASON = 'Your Spot Task was interrupted.';
export const SPOT_WARNING_SECONDS = 120;
export const CAPACITY_UNAVAILABLE =
  'Capacity is unavailable at this time. Please try again later or in a different availability zone';
export const SPOT_WINDOWS_UNSUPPORTED =
  'FARGATE_SPOT capacity provider is not supported when using Windows containers.';

export function spotCapacityAvailable(state: Pick<EcsState, 'fargateSpotAvailable'>): boolean {
  return state.fargateSpotAvailable !== false;
}

/** RunTask / CreateService: a Windows task definition with FARGATE_SPOT in the strategy. */
export function spotDefinitionProblem(
  def: Pick<TaskDefinition, 'runtimePlatform'>,
  strategy: readonly CapacityProviderStrategyItem[],
): string | null {
  const spot = strategy.some((item) => item.capacityProvider === 'FARGATE_SPOT');
  return spot && isWindowsDefinition(def) ? SPOT_WINDOWS_UNSUPPORTED : null;
}
