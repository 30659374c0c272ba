import { planChecks, STAGE, stageOf } from './checks';
import { PASSED, type Candidate, type FailureReason, type PlacementRequest } from './placement-types';
import { openWork } from './work';

export interface DaemonPlan {
  /** Instances that should get the daemon's task now, in candidate order. */
  readonly targets: string[];
  /**
   * Instances that should run the daemon but cannot take it (no room, agent disconnected), with
   * RunTask's reason: what the scheduler reports as "unable to place".
   */
  readonly blocked: { readonly containerInstanceId: string; readonly reason: FailureReason }[];
}

const RESOURCE_REASONS: readonly FailureReason[] = [
  'RESOURCE:CPU',
  'RESOURCE:MEMORY',
  'RESOURCE:PORTS',
  'RESOURCE:ENI',
];

/**
 * DAEMON services (§5.1): exactly one task per ACTIVE container instance that meets the
 * constraints. An instance that already runs a task of the group (`request.group`) needs none;
 * DRAINING and INACTIVE instances, and instances the attributes or memberOf constraints rule out,
 * are not the daemon's. Strategies and `request.count` are ignored: a daemon has neither.
 */
export function daemonTargets(candidates: readonly Candidate[], request: PlacementRequest): DaemonPlan {
  const daemonRequest = { ...request, constraints: request.constraints.filter((c) => c.type === 'memberOf') };
  const work = openWork(candidates, daemonRequest);
  const plan = planChecks(work, daemonRequest);
  // Whether an instance is the daemon's does not depend on its agent being connected right now.
  const connected = candidates.map((c) =>
    c.instance.agentConnected ? c : { ...c, instance: { ...c.instance, agentConnected: true } },
  );
  const eligibility = planChecks(openWork(connected, daemonRequest), daemonRequest);
  const targets: string[] = [];
  const blocked: DaemonPlan['blocked'] = [];
  candidates.forEach((candidate, index) => {
    if (candidate.groupTasks > 0 || candidate.instance.status !== 'ACTIVE') return;
    const fixed = eligibility.fixedStage[index] ?? PASSED;
    if (fixed === STAGE.ATTRIBUTE || fixed === STAGE.memberOf) return;
    const stage = stageOf(plan, work, index);
    if (stage === PASSED) targets.push(candidate.instance.id);
    else if (stage === STAGE.AGENT)
      blocked.push({ containerInstanceId: candidate.instance.id, reason: 'AGENT' });
    else if (stage < STAGE.AGENT) {
      blocked.push({
        containerInstanceId: candidate.instance.id,
        reason: RESOURCE_REASONS[stage] ?? 'RESOURCE:CPU',
      });
    }
  });
  return { targets, blocked };
}
