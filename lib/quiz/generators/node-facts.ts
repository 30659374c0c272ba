import { nodeStatus } from '@/lib/cli/eks/kubectl-status';
import { nodeUse } from '@/lib/sim/eks/scheduler';
import type { EksState } from '@/lib/sim/eks/types';
import { grouped } from './ecs-lines';
import type { FactTable } from './types';

/** The worker nodes with what their pods request: the picture's numbers as a table. */
export function nodeFacts(state: EksState): FactTable {
  const use = nodeUse(state.nodes, state.pods);
  const rows = [...state.nodes]
    .filter((node) => node.joinsAt === null)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((node) => {
      const used = use.get(node.name);
      return [
        node.name.split('.')[0] ?? node.name,
        node.zone,
        nodeStatus(node),
        `${grouped(used?.cpu ?? 0)} of ${grouped(node.allocatable.cpu)}`,
        `${grouped(used?.memory ?? 0)} of ${grouped(node.allocatable.memory)}`,
        `${used?.pods ?? 0} of ${node.allocatable.pods}`,
      ];
    });
  return {
    caption: 'Before: what the pods on each node request of what it can allocate',
    columns: ['Node', 'Zone', 'Status', 'CPU requested (m)', 'Memory requested (MiB)', 'Pods'],
    rows,
  };
}
