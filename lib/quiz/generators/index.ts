import { azFailure } from './az-failure';
import { binpackNextHost } from './binpack-next-host';
import { GENERATOR_IDS } from './catalog';
import { ecrPushLayers } from './ecr-push-layers';
import { fargateTaskSize } from './fargate-task-size';
import { lifecyclePolicyExpiry } from './lifecycle-policy-expiry';
import { schedulerNextNode } from './scheduler-next-node';
import { taskDefinitionVerdict } from './task-definition-verdict';
import { tasksPerInstance } from './tasks-per-instance';
import type { QuestionGenerator } from './types';

const ALL = [
  tasksPerInstance,
  binpackNextHost,
  azFailure,
  taskDefinitionVerdict,
  schedulerNextNode,
  fargateTaskSize,
  ecrPushLayers,
  lifecyclePolicyExpiry,
];

/** Every question generator, in the catalog's order. */
export const GENERATORS: readonly QuestionGenerator[] = GENERATOR_IDS.map((id) => {
  const generator = ALL.find((candidate) => candidate.id === id);
  if (generator === undefined) throw new Error(`no generator for catalog entry ${id}`);
  return generator;
});

export function findGenerator(id: string): QuestionGenerator | undefined {
  return GENERATORS.find((generator) => generator.id === id);
}
