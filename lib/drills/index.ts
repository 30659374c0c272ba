import type { Drill } from './types';
import { agentCannotRegister, insufficientMemory, portConflict } from './ecs/capacity-drills';
import { essentialContainerExits, privateImagePull, taskRoleAccessDenied } from './ecs/startup-drills';
import { missingLogGroup, unhealthyTargets } from './ecs/logs-and-health-drills';
import { fixTheSeed } from './ecs/fix-the-seed';

/** Every failure drill, in the order the ECS failure drills lesson lists them. */
export const DRILLS: readonly Drill[] = [
  agentCannotRegister,
  privateImagePull,
  portConflict,
  essentialContainerExits,
  unhealthyTargets,
  taskRoleAccessDenied,
  missingLogGroup,
  insufficientMemory,
  fixTheSeed,
];

export function findDrill(id: string): Drill | undefined {
  return DRILLS.find((drill) => drill.id === id);
}
