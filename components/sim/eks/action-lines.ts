import type { EksState } from '@/lib/sim/eks/types';
import { isFargateNode } from '@/lib/sim/eks/fargate-pods';
import { SYSTEM_NAMESPACE } from './picture-model';

export interface QuickAction {
  readonly label: string;
  readonly line: string;
}

const short = (name: string) => name.split('.')[0] ?? name;

/**
 * The picture's quick actions, each a console line: fail (or restore) a node, drain (or uncordon)
 * another, scale the first Deployment up, or apply the example Deployment when there is none yet.
 * Only what makes sense now: no node actions before nodes have joined.
 */
export function quickActions(
  state: Pick<EksState, 'cluster' | 'kubeconfig' | 'nodes' | 'deployments'>,
): QuickAction[] {
  if (state.cluster?.status !== 'ACTIVE' || state.kubeconfig === null) return [];
  const actions: QuickAction[] = [];
  const nodes = state.nodes.filter((node) => node.joinsAt === null && !isFargateNode(node));
  const failed = nodes.find((node) => node.ready !== 'True');
  const healthy = nodes.filter((node) => node.ready === 'True');
  if (failed !== undefined)
    actions.push({ label: `Restore ${short(failed.name)}`, line: `chaos restore-node ${failed.name}` });
  else if (healthy[0] !== undefined)
    actions.push({ label: `Fail ${short(healthy[0].name)}`, line: `chaos fail-node ${healthy[0].name}` });
  const cordoned = healthy.find((node) => node.unschedulable);
  const drainable = healthy.filter((node) => !node.unschedulable).at(-1);
  if (cordoned !== undefined)
    actions.push({ label: `Uncordon ${short(cordoned.name)}`, line: `kubectl uncordon ${cordoned.name}` });
  else if (drainable !== undefined && healthy.length > 1)
    actions.push({
      label: `Drain ${short(drainable.name)}`,
      line: `kubectl drain ${drainable.name} --ignore-daemonsets`,
    });
  const deployment = state.deployments.find((candidate) => candidate.namespace !== SYSTEM_NAMESPACE);
  if (deployment === undefined)
    actions.push({ label: 'Apply the web Deployment', line: 'kubectl apply -f web.yaml' });
  else {
    const replicas = deployment.replicas + 3;
    const namespace = deployment.namespace === 'default' ? '' : ` -n ${deployment.namespace}`;
    actions.push({
      label: `Scale ${deployment.name} to ${replicas}`,
      line: `kubectl scale deployment ${deployment.name} --replicas=${replicas}${namespace}`,
    });
  }
  return actions;
}
