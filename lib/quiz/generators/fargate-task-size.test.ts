import { describe, expect, it } from 'vitest';
import { validateTaskDefinition } from '@/lib/sim/ecs/taskdef/validate-task-definition';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import { fargateTaskSize } from './fargate-task-size';
import { memoryWords, rowFact, sizeRow, sizeStanding, vcpuWords } from './fargate-size-facts';
import type { GeneratedQuestion } from './types';

const questions = Array.from({ length: 120 }, (_, index) => fargateTaskSize.generate(index + 1));

function single(generated: GeneratedQuestion) {
  const { question } = generated;
  if (question.kind !== 'single') throw new Error('expected a single-choice question');
  const right = question.options.find((option) => option.id === question.answer);
  if (right === undefined) throw new Error('no right option');
  return { question, right };
}

const definitionOf = (generated: GeneratedQuestion) => JSON.parse(generated.situation.file?.text ?? '{}');

describe('fargateTaskSize', () => {
  it('answers what the engine’s validation answers, in ECS’s own words', () => {
    for (const generated of questions) {
      const { right } = single(generated);
      const validation = validateTaskDefinition(definitionOf(generated));
      if (validation.ok) expect(right.text).toMatch(/^It registers: Fargate runs/);
      else {
        expect(validation.error.message).toBe(messages.INVALID_TASK_CPU);
        expect(right.text).toContain(`“${messages.INVALID_TASK_CPU}”`);
        expect(generated.reveal.output).toContain(
          `RegisterTaskDefinition operation: ${messages.INVALID_TASK_CPU}`,
        );
      }
    }
  });

  it('has distinct options with the right one among them exactly once, and always offers “it registers”', () => {
    for (const generated of questions) {
      const { question } = single(generated);
      const texts = question.options.map((option) => option.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(question.options.filter((option) => option.id === question.answer)).toHaveLength(1);
      expect(texts.some((text) => text.startsWith('It registers'))).toBe(true);
    }
  });

  it('explains the right answer by the CPU’s row of the table', () => {
    for (const generated of questions) {
      const { right } = single(generated);
      const { cpu } = definitionOf(generated);
      const row = sizeRow(Number(cpu));
      expect(right.explanation).toMatch(/^Right\. /);
      if (row === undefined)
        expect(right.explanation).toContain(`Fargate has no task size with ${vcpuWords(Number(cpu))}`);
      else expect(right.explanation).toContain(rowFact(row));
    }
  });

  it('asks about the near misses a learner writes: 0.5 vCPU with 5 GB, 4 vCPU with 6 GB', () => {
    const pair = (cpu: number, memory: number) =>
      questions.find((generated) => {
        const definition = definitionOf(generated);
        return Number(definition.cpu) === cpu && Number(definition.memory) === memory;
      });
    const tooMuch = pair(512, 5120);
    expect(tooMuch).toBeDefined();
    expect(single(tooMuch!).right.text).toContain('5 GB is more memory than 0.5 vCPU can have');
    expect(single(tooMuch!).right.explanation).toContain('0.5 vCPU takes 1 GB to 4 GB, in 1 GB steps');
    expect(single(tooMuch!).right.explanation).toContain(
      'The message names cpu although the memory is what is off',
    );
    const tooLittle = pair(4096, 6144);
    expect(tooLittle).toBeDefined();
    expect(single(tooLittle!).right.text).toContain('6 GB is less memory than 4 vCPU needs');
  });

  it('refuses a Windows task below 1 vCPU and says that is the rule, and lets Graviton take the same sizes', () => {
    const windows = questions.find(
      (generated) =>
        sizeStanding(Number(definitionOf(generated).cpu), Number(definitionOf(generated).memory), true) ===
          'windows-too-small' &&
        definitionOf(generated).runtimePlatform?.operatingSystemFamily?.startsWith('WINDOWS'),
    );
    expect(windows).toBeDefined();
    expect(single(windows!).right.text).toContain('a Windows task needs at least 1 vCPU');
    expect(windows!.reveal.reasoning.join(' ')).toContain('Windows tasks on Fargate need at least 1 vCPU');
    const graviton = questions.find(
      (generated) => definitionOf(generated).runtimePlatform?.cpuArchitecture === 'ARM64',
    );
    expect(graviton?.reveal.reasoning.join(' ')).toContain('ARM64 (Graviton) tasks take the same sizes');
  });

  it('reads sizes the way the lesson writes them', () => {
    expect([
      vcpuWords(256),
      vcpuWords(4096),
      memoryWords(512),
      memoryWords(2560),
      memoryWords(30720),
    ]).toEqual(['0.25 vCPU', '4 vCPU', '512 MiB', '2.5 GB', '30 GB']);
    expect(rowFact(sizeRow(256)!)).toBe('0.25 vCPU takes only 512 MiB, 1 GB or 2 GB');
    expect(rowFact(sizeRow(8192)!)).toBe('8 vCPU takes 16 GB to 60 GB, in 4 GB steps');
    expect(sizeStanding(8192, 18432, false)).toBe('memory-off-step');
    expect(sizeStanding(3072, 8192, false)).toBe('no-such-cpu');
  });
});
