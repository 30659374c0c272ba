import { expect } from 'vitest';
import type { Question } from '@/lib/content/schemas';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import type { GeneratedQuestion } from '../types';

/**
 * The right answers of the Fargate and ECR kinds by the rules the lessons teach, written out here
 * rather than read from the engine, for generators.property.test.ts: the Fargate size table
 * (aws-fargate, "Sizing a task").
 */
type Oracle = (generated: GeneratedQuestion) => void;

function rightText(question: Question): string {
  if (question.kind !== 'single') throw new Error('expected a single-choice question');
  return question.options.find((option) => option.id === question.answer)?.text ?? '';
}

// ---------------------------------------------------------------- Fargate sizes (reference §2.3)
const steps = (from: number, to: number, step: number) =>
  Array.from({ length: (to - from) / step + 1 }, (_, index) => (from + index * step) * 1024);
/** The lesson's table: task CPU → memory in MiB. */
const TABLE: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: steps(1, 4, 1),
  1024: steps(2, 8, 1),
  2048: steps(4, 16, 1),
  4096: steps(8, 30, 1),
  8192: steps(16, 60, 4),
  16384: steps(32, 120, 8),
};

export const fargateTaskSize: Oracle = ({ question, situation, reveal }) => {
  const definition = JSON.parse(situation.file?.text ?? '{}');
  const cpu = Number(definition.cpu);
  const memory = Number(definition.memory);
  const windows = String(definition.runtimePlatform?.operatingSystemFamily ?? 'LINUX').startsWith('WINDOWS');
  const row = TABLE[cpu];
  const accepted = row !== undefined && row.includes(memory) && (!windows || cpu >= 1024);
  const answer = rightText(question);
  if (accepted) {
    expect(answer).toMatch(/^It registers/);
    expect(reveal.output).not.toContain('ClientException');
    return;
  }
  expect(answer).toContain(messages.INVALID_TASK_CPU);
  expect(reveal.output).toContain(
    `An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ${messages.INVALID_TASK_CPU}`,
  );
  // The reason the right option gives is the one thing wrong with the pair.
  if (row === undefined) expect(answer).toContain('has no');
  else if (memory > Math.max(...row)) expect(answer).toContain('more memory than');
  else if (memory < Math.min(...row)) expect(answer).toContain('less memory than');
  else if (!row.includes(memory)) expect(answer).toContain('not one of its steps');
  else expect(answer).toContain('Windows task needs at least 1 vCPU');
};
