import { azFailure } from './az-failure';
import { binpackNextHost } from './binpack-next-host';
import { taskDefinitionVerdict } from './task-definition-verdict';
import { tasksPerInstance } from './tasks-per-instance';
import type { QuestionGenerator } from './types';

/** Every question generator, in the order the practice page lists them. */
export const GENERATORS: readonly QuestionGenerator[] = [
  tasksPerInstance,
  binpackNextHost,
  azFailure,
  taskDefinitionVerdict,
];

export function findGenerator(id: string): QuestionGenerator | undefined {
  return GENERATORS.find((generator) => generator.id === id);
}
