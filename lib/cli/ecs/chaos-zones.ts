import { availabilityZoneRebalancingOf } from '../../sim/ecs/services';
import type { EcsState } from '../../sim/ecs/types';
import { withHint } from '../suggest';
import type { DispatchOutcome, Printed } from '../types';

/** What `chaos fail-az` and `chaos restore-az` report: what the outage took, what comes back. */

export const NOT_AWS = 'chaos is Dockyard’s fault injection, not an AWS command';

export const listed = (items: readonly string[], max = 4): string =>
  items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} … (${items.length} in all)`;

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How many things in `az` went from `from` to `to` (by id) across the command. */
function moved<T extends { readonly id: string; readonly az: string }>(
  before: readonly T[],
  after: readonly T[],
  az: string,
  status: (item: T) => string,
  from: string,
  to: string,
): number {
  const was = new Map(before.map((item) => [item.id, status(item)]));
  return after.filter((item) => item.az === az && status(item) === to && was.get(item.id) === from).length;
}

export function renderOutage(az: string, { before, after }: DispatchOutcome<EcsState>): Printed {
  const stopped = moved(
    before.instances,
    after.instances,
    az,
    (i) => (i.state === 'stopped' ? 'down' : 'up'),
    'up',
    'down',
  );
  const lost = moved(before.tasks, after.tasks, az, (t) => t.desiredStatus, 'RUNNING', 'STOPPED');
  const services = after.services
    .filter((service) => service.status === 'ACTIVE')
    .map((service) => service.name);
  const watch =
    services.length > 0
      ? `watch ECS replace the lost tasks in the other zones: aws ecs describe-services --services ${services[0] ?? ''} (see "events").`
      : 'aws ecs list-container-instances and aws ec2 describe-instances show what the outage took.';
  return {
    output: withHint(
      `Availability Zone ${az} is down (simulated): ${plural(stopped, 'instance')} stopped, ${plural(lost, 'task')} lost.`,
      `${NOT_AWS}. Next, ${watch} chaos restore-az ${az} brings the zone back.`,
    ),
    isError: false,
  };
}

/** §5.8: services with AZ rebalancing ENABLED move tasks back into the zone once it has capacity. */
function rebalanceHint(az: string, state: EcsState): string {
  const rebalancing = state.services
    .filter((s) => s.status === 'ACTIVE' && s.schedulingStrategy === 'REPLICA')
    .filter((s) => availabilityZoneRebalancingOf(s) === 'ENABLED')
    .map((s) => s.name);
  const first = rebalancing[0];
  if (first === undefined)
    return 'ECS moves running tasks back only for services with availabilityZoneRebalancing ENABLED (none here).';
  return `Then AZ rebalancing (availabilityZoneRebalancing ENABLED) starts tasks of ${listed(rebalancing)} in ${az} and, as each becomes healthy, stops one in the most crowded zone: aws ecs describe-services --services ${first} shows it in "events".`;
}

export function renderRestore(az: string, { before, after }: DispatchOutcome<EcsState>): Printed {
  const starting = moved(before.instances, after.instances, az, (i) => i.state, 'stopped', 'pending');
  return {
    output: withHint(
      `Availability Zone ${az} is available again: ${plural(starting, 'instance')} starting.`,
      `their agents reconnect once they are running; aws ecs list-container-instances shows them. ${rebalanceHint(az, after)}`,
    ),
    isError: false,
  };
}
