import type { CommandError } from '../core/types';
import { kubectlUnreachable } from './access';
import { logEvent, type World } from './world';

/**
 * Dockyard's load generator (`chaos load deployment/NAME RPS`, not a Kubernetes or AWS command):
 * the requests per second sent to a Deployment, shared by its Ready pods as a Service would share
 * them. The CPU they cost is what metrics-server reports and the HorizontalPodAutoscaler acts on.
 * Zero stops the load.
 */
export function setLoad(
  world: World,
  namespace: string,
  deployment: string,
  rps: number,
): CommandError | null {
  const unreachable = kubectlUnreachable(world);
  if (unreachable !== null) return unreachable;
  if (!world.deployments.some((d) => d.name === deployment && d.namespace === namespace))
    return { code: 'NotFound', message: `deployments.apps "${deployment}" not found` };
  world.loads = [
    ...world.loads.filter((load) => !(load.namespace === namespace && load.deployment === deployment)),
    ...(rps > 0 ? [{ namespace, deployment, rps }] : []),
  ];
  logEvent(
    world,
    'load-changed',
    rps > 0
      ? `Dockyard: deployment ${deployment} now receives ${rps.toLocaleString('en-US')} requests per second, shared by its Ready pods`
      : `Dockyard: deployment ${deployment} receives no more requests`,
  );
  return null;
}
