import { taskDefinitionJson as h1TaskDefinitionJson } from '../../../sim/ecs/taskdef';
import type { TaskDefinition } from '../../../sim/ecs/types';
import { isoTimestamp } from './aws-json';

/**
 * The `taskDefinition` of Register/Describe/DeregisterTaskDefinition, as the CLI prints it: H1's
 * builder (lib/sim/ecs/taskdef) with this console's timestamps.
 */
export function taskDefinitionJson(def: TaskDefinition): Record<string, unknown> {
  return h1TaskDefinitionJson(def, isoTimestamp);
}
