import type { Service, Target, TargetGroup, TargetHealthState } from '@/lib/sim/ecs/types';
import type { StateLook } from '../../vm/status';

/** Elastic Load Balancing's target states, in its own lower-case words, each with a symbol. */
export const TARGET_LOOK: Readonly<Record<TargetHealthState, StateLook>> = {
  initial: { label: 'initial', symbol: 'dashed-ring', tone: 'busy' },
  healthy: { label: 'healthy', symbol: 'dot', tone: 'ready' },
  unhealthy: { label: 'unhealthy', symbol: 'cross', tone: 'failed' },
  draining: { label: 'draining', symbol: 'minus', tone: 'gone' },
  unused: { label: 'unused', symbol: 'ring', tone: 'gone' },
};

export interface ServiceTargetGroup {
  readonly group: TargetGroup;
  readonly containerName: string;
  readonly containerPort: number;
  readonly healthy: number;
  readonly total: number;
}

/** The target groups a service registers its tasks with, with healthy targets of all targets. */
export function serviceTargetGroups(
  service: Pick<Service, 'loadBalancers'>,
  groups: readonly TargetGroup[],
): ServiceTargetGroup[] {
  return service.loadBalancers.flatMap((link) => {
    const group = groups.find((candidate) => candidate.arn === link.targetGroupArn);
    if (group === undefined) return [];
    return [
      {
        group,
        containerName: link.containerName,
        containerPort: link.containerPort,
        healthy: group.targets.filter((target) => target.state === 'healthy').length,
        total: group.targets.length,
      },
    ];
  });
}

/** `i-0a1b2c3d:32768` or `10.0.1.12:8080`, as describe-target-health names a target. */
export function targetLabel(target: Pick<Target, 'id' | 'port'>): string {
  return `${target.id}:${target.port}`;
}
