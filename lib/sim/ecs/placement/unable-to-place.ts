import { closestIndex } from './place-tasks';
import { CHECKS, NO_CONTAINER_INSTANCES, PASSED, type CheckName } from './placement-types';
import type { ExplanationRow } from './explain';

/** The documented suffix of "unable to place" events (§4.4). */
export const TROUBLESHOOTING_SUFFIX =
  ' For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.';

/**
 * How the event ends for the closest instance's first failed check (§4.4).
 * - CPU, AGENT: documented; memory, ports, memberOf, attribute: observed in real output.
 * - The attribute ending is observed without a final period; we add one before the suffix.
 * - ENI and distinctInstance: no real wording found [unconfirmed]; they follow the
 *   `encountered error "…".` shape, with RunTask's reason for ENI.
 */
const ENDINGS: Readonly<Record<Exclude<CheckName, 'STATUS'>, string>> = {
  CPU: 'has insufficient CPU units available.',
  MEMORY: 'has insufficient memory available.',
  PORTS: 'is already using a port required by your task.',
  ENI: 'encountered error "RESOURCE:ENI".',
  AGENT: 'encountered error "AGENT".',
  ATTRIBUTE: 'is missing an attribute required by your task.',
  distinctInstance: 'encountered error "DistinctInstance placement constraint unsatisfied.".',
  memberOf: 'encountered error "MemberOf placement constraint unsatisfied.".',
};

/**
 * The service event when a task cannot be placed (§4.4), in the current `(service NAME)` form with
 * the troubleshooting suffix, or null when the explanation shows an instance that can take it.
 *
 * "Closest" is the instance that got furthest through §4.1's checks in order (resources, agent,
 * attributes, then distinctInstance and memberOf) before failing, the first such in the rows'
 * order; DRAINING and INACTIVE instances are never named. A cluster with no instances gives the
 * reason ECS prints for it [observed: "Reason: No Container Instances were found in your
 * cluster."]; one whose instances are all draining gives the generic sentence.
 */
export function unableToPlaceMessage(
  serviceName: string,
  explanation: readonly ExplanationRow[],
): string | null {
  if (explanation.some((row) => row.verdict !== 'filtered')) return null;
  const head = `(service ${serviceName}) was unable to place a task because no container instance met all of its requirements.`;
  if (explanation.length === 0) return `${head} Reason: ${NO_CONTAINER_INSTANCES}${TROUBLESHOOTING_SUFFIX}`;
  const stages = explanation.map((row) =>
    row.filteredBy === undefined ? PASSED : CHECKS.indexOf(row.filteredBy),
  );
  const closest = explanation[closestIndex(stages)];
  if (closest === undefined || closest.filteredBy === undefined || closest.filteredBy === 'STATUS') {
    return `${head}${TROUBLESHOOTING_SUFFIX}`;
  }
  const ending = ENDINGS[closest.filteredBy];
  return `${head} The closest matching container-instance ${closest.containerInstanceId} ${ending}${TROUBLESHOOTING_SUFFIX}`;
}
