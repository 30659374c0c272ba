import { expect } from 'vitest';
import type { Question } from '@/lib/content/schemas';
import { findBaseImage } from '@/lib/sim/ecr/base-images';
import type { EcrCommandOf } from '@/lib/sim/ecr/commands';
import * as messages from '@/lib/sim/ecs/taskdef/messages';
import type { GeneratedQuestion } from '../types';

/**
 * The right answers of the Fargate and ECR kinds by the rules the lessons teach, written out here
 * rather than read from the engine, for generators.property.test.ts: the Fargate size table
 * (aws-fargate, "Sizing a task"), the build cache and push (docker-images-and-ecr, "The build
 * cache, and why order matters", "Pushing an image") and lifecycle evaluation ("Lifecycle policies").
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

// ---------------------------------------------------------------- which layers a push uploads
type Build = EcrCommandOf<'DockerBuild'>;

/** Each RUN and COPY of a Dockerfile with what decides its layer: its text, and for COPY the files it copies. */
function layerSteps(build: Build): { from: string; steps: string[] } {
  const lines = build.dockerfile
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const from = (lines[0] ?? '').replace(/^FROM\s+/, '');
  const steps = lines
    .filter((line) => /^(RUN|COPY|ADD) /.test(line))
    .map((line) => {
      if (line.startsWith('RUN ')) return line;
      const sources = line.split(/\s+/).slice(1, -1);
      return `${line}\n${sources.map((source) => `${source}=${build.files[source] ?? ''}`).join('\n')}`;
    });
  return { from, steps };
}

export const ecrPushLayers: Oracle = ({ question, situation, reveal }) => {
  const builds = situation.before.log
    .map((entry) => entry.command as unknown as Build)
    .filter((command) => command.type === 'DockerBuild');
  expect(builds).toHaveLength(2);
  const [first, second] = builds.map(layerSteps) as [
    ReturnType<typeof layerSteps>,
    ReturnType<typeof layerSteps>,
  ];
  const layersOf = (name: string) =>
    findBaseImage(name)
      ?.platform('amd64')
      .layers.map((layer) => layer.digest) ?? [];
  const oldBase = new Set(layersOf(first.from));
  const newBase = layersOf(second.from);
  // The cache rule: from the first step that differs (or from the top, under a new base) every step is rebuilt.
  let same = 0;
  if (first.from === second.from)
    while (same < second.steps.length && second.steps[same] === first.steps[same]) same += 1;
  const expected = newBase.filter((digest) => !oldBase.has(digest)).length + second.steps.length - same;
  const total = newBase.length + second.steps.length;
  const printed = (reveal.output ?? '').split('\n');
  expect(printed.filter((line) => line.endsWith(': Pushed'))).toHaveLength(expected);
  expect(printed.filter((line) => line.endsWith(': Layer already exists'))).toHaveLength(total - expected);
  const answer = rightText(question);
  if (expected === 0) expect(answer).toMatch(/^None/);
  else expect(answer).toMatch(new RegExp(`^(All )?${expected} layers?:`));
};

// ---------------------------------------------------------------- lifecycle policies (reference §8.5)
interface RuleText {
  rulePriority: number;
  selection: {
    tagStatus: 'tagged' | 'untagged' | 'any';
    tagPatternList?: string[];
    tagPrefixList?: string[];
    countType: 'imageCountMoreThan' | 'sinceImagePushed';
    countNumber: number;
  };
}

function selects(rule: RuleText, tags: readonly string[]): boolean {
  const { tagStatus, tagPatternList, tagPrefixList } = rule.selection;
  if (tagStatus === 'any') return true;
  if (tagStatus === 'untagged') return tags.length === 0;
  const patterns = (tagPatternList ?? []).map((pattern) => new RegExp(`^${pattern.replace(/\*/g, '.*')}$`));
  // Every entry of the list must match one of the image's tags.
  return (
    tags.length > 0 &&
    patterns.every((pattern) => tags.some((tag) => pattern.test(tag))) &&
    (tagPrefixList ?? []).every((prefix) => tags.some((tag) => tag.startsWith(prefix)))
  );
}

export const lifecyclePolicyExpiry: Oracle = ({ question, situation }) => {
  if (question.kind !== 'multiple') throw new Error('expected a multiple-choice question');
  const rules = (JSON.parse(situation.file?.text ?? '{}').rules as RuleText[]).sort(
    (a, b) => a.rulePriority - b.rulePriority,
  );
  // The table lists the images newest first, in the options' order.
  const images = (situation.facts?.rows ?? []).map((row) => ({
    tags: row[1] === '(untagged)' ? [] : (row[1] ?? '').split(', '),
    age: Number.parseInt(row[2] ?? '', 10),
  }));
  expect(images).toHaveLength(question.options.length);
  const expected = images.flatMap((image, index) => {
    // Only the highest-priority rule whose tag selection matches an image may expire it.
    const owner = rules.find((rule) => selects(rule, image.tags));
    if (owner === undefined) return [];
    const { countType, countNumber } = owner.selection;
    const rank = images.slice(0, index + 1).filter((other) => selects(owner, other.tags)).length;
    const expires = countType === 'imageCountMoreThan' ? rank > countNumber : image.age > countNumber;
    return expires ? [question.options[index]?.id ?? '?'] : [];
  });
  expect([...question.answer].sort()).toEqual(expected.sort());
};
