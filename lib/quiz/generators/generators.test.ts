import { describe, expect, it } from 'vitest';
import { GENERATORS, findGenerator } from '.';
import { createPicker } from './picker';
import { verdictOf, REGISTERS } from './task-definition-verdict';
import type { GeneratedQuestion } from './types';

function firstSeed(generator: string, wanted: (generated: GeneratedQuestion) => boolean): GeneratedQuestion {
  const found = findGenerator(generator);
  for (let seed = 1; seed < 500; seed += 1) {
    const generated = found?.generate(seed);
    if (generated !== undefined && wanted(generated)) return generated;
  }
  throw new Error(`no seed below 500 gives what ${generator} was asked for`);
}

describe('question generators', () => {
  it('have distinct ids, and lessons and sections to learn from', () => {
    expect(new Set(GENERATORS.map((generator) => generator.id)).size).toBe(GENERATORS.length);
    for (const generator of GENERATORS) expect(generator.section).toMatch(/^[a-z0-9-]+$/);
  });

  it('draw different situations from different seeds', () => {
    for (const generator of GENERATORS) {
      const stems = new Set(
        [1, 2, 3, 4, 5, 6, 7, 8].map(
          (seed) =>
            JSON.stringify(generator.generate(seed).situation.lines) +
            generator.generate(seed).situation.file?.text,
        ),
      );
      expect(stems.size, generator.id).toBeGreaterThan(3);
    }
  });

  it('tasks per instance: an awsvpc task is limited by network interfaces, and the reasoning says so', () => {
    const generated = firstSeed(
      'tasks-per-instance',
      ({ question }) => question.stem.includes('awsvpc') && question.stem.includes('m5.large'),
    );
    expect(generated.question).toMatchObject({ kind: 'value', answer: 2 });
    expect(generated.reveal.reasoning.join(' ')).toContain('RESOURCE:ENI');
  });

  it('tasks per instance: registered memory, not the nominal size, decides', () => {
    const generated = firstSeed(
      'tasks-per-instance',
      ({ question }) =>
        question.stem.includes('c5.large') &&
        question.stem.includes('1,024 MiB') &&
        question.stem.includes('bridge') &&
        question.stem.includes('256 CPU'),
    );
    // 3,992 MiB registered on a 4 GiB instance: three 1 GiB tasks, not four.
    expect(generated.question).toMatchObject({ answer: 3 });
    expect(generated.reveal.reasoning.join(' ')).toContain('3,992 MiB');
  });

  it('binpack: an instance without room is filtered out and says why', () => {
    const generated = firstSeed(
      'binpack-next-host',
      ({ question }) =>
        question.kind === 'single' &&
        question.options.some((option) => option.explanation.startsWith('Filtered out')),
    );
    if (generated.question.kind !== 'single') throw new Error('expected a single-choice question');
    const filtered = generated.question.options.filter((option) =>
      option.explanation.startsWith('Filtered out'),
    );
    expect(
      filtered.every((option) => /^Filtered out \((MEMORY|CPU)\): .*left/.test(option.explanation)),
    ).toBe(true);
  });

  it('AZ failure: some situations leave tasks that cannot be placed', () => {
    const generated = firstSeed(
      'az-failure',
      ({ question }) =>
        question.kind === 'single' &&
        (question.options
          .find((option) => option.id === question.answer)
          ?.text.includes('cannot be placed') ??
          false),
    );
    expect(generated.reveal.reasoning.at(-1)).toContain('unable to place a task');
  });

  it('task definition: a valid one registers, a broken one gets ECS’s own words', () => {
    const valid = firstSeed(
      'task-definition-verdict',
      ({ question }) =>
        question.kind === 'single' &&
        question.options.find((option) => option.id === question.answer)?.text === REGISTERS,
    );
    expect(valid.reveal.output).toContain(REGISTERS);
    expect(
      verdictOf(
        'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: Too many containers.\nDockyard: hint',
        true,
      ),
    ).toBe('Too many containers.');
    expect(verdictOf('{"taskDefinition": {}}', false)).toBe(REGISTERS);
  });
});

describe('Kubernetes: which node?', () => {
  const generator = findGenerator('scheduler-next-node')!;
  const questions = Array.from({ length: 40 }, (_, index) => generator.generate(index + 1));
  const answerOf = (generated: (typeof questions)[number]) => {
    const { question } = generated;
    return question.kind === 'single'
      ? question.options.find((option) => option.id === question.answer)
      : undefined;
  };

  it('sometimes has no node with room: the answer is Pending, in the scheduler’s words', () => {
    const pending = questions.filter((generated) => answerOf(generated)?.text.startsWith('None of them'));
    expect(pending.length).toBeGreaterThan(0);
    for (const generated of pending)
      expect(answerOf(generated)?.explanation).toMatch(
        /^Right: every node is filtered out\. "0\/3 nodes are available: /,
      );
  });

  it('names the filter that removes a cordoned node and a node in another zone', () => {
    const cordoned = questions.find((generated) => generated.question.stem.includes('cordoned'));
    expect(cordoned).toBeDefined();
    const options = cordoned!.question.kind === 'single' ? cordoned!.question.options : [];
    expect(options.some((option) => option.explanation.startsWith('Filtered out by NodeUnschedulable'))).toBe(
      true,
    );
    const zoned = questions.find((generated) =>
      generated.question.stem.includes('topology.kubernetes.io/zone'),
    );
    const zonedOptions = zoned!.question.kind === 'single' ? zoned!.question.options : [];
    expect(
      zonedOptions.filter((option) => option.explanation.startsWith('Filtered out by NodeAffinity')),
    ).toHaveLength(2);
  });

  it('shows the manifest it asks about and the nodes as a table', () => {
    const { situation } = questions[0]!;
    expect(situation.picture).toBe('eks');
    expect(situation.file?.name).toBe('api.yaml');
    expect(situation.file?.text).toContain('kind: Deployment');
    expect(situation.facts?.rows).toHaveLength(3);
  });
});

describe('the seeded picker', () => {
  it('repeats itself from the same seed and picks distinct items', () => {
    const a = createPicker(99);
    const b = createPicker(99);
    expect([a.int(1, 100), a.one(['x', 'y', 'z']), a.some([1, 2, 3, 4], 3)]).toEqual([
      b.int(1, 100),
      b.one(['x', 'y', 'z']),
      b.some([1, 2, 3, 4], 3),
    ]);
    expect(new Set(createPicker(5).some([1, 2, 3, 4, 5], 5)).size).toBe(5);
  });
});
