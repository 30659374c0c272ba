import { describe, expect, it } from 'vitest';
import { ecrPushLayers } from './ecr-push-layers';
import { ecrState } from './ecr-situation';
import { lineDiff } from './line-diff';
import type { GeneratedQuestion } from './types';

const questions = Array.from({ length: 80 }, (_, index) => ecrPushLayers.generate(index + 1));

function single(generated: GeneratedQuestion) {
  const { question } = generated;
  if (question.kind !== 'single') throw new Error('expected a single-choice question');
  const right = question.options.find((option) => option.id === question.answer);
  if (right === undefined) throw new Error('no right option');
  return { question, right };
}

const pushedLines = (output: string) => output.split('\n').filter((line) => line.endsWith(': Pushed'));

describe('ecrPushLayers', () => {
  it('counts the layers the engine’s push uploads, and the repository gains exactly those blobs', () => {
    for (const generated of questions) {
      const { right } = single(generated);
      const uploaded = pushedLines(generated.reveal.output ?? '').length;
      expect(right.text).toMatch(uploaded === 0 ? /^None/ : new RegExp(`^(All )?${uploaded} layers?:`));
      const blobs = (session: GeneratedQuestion['situation']['before']) =>
        ecrState(session).repositories.flatMap((repository) => repository.blobs).length;
      expect(blobs(generated.reveal.after) - blobs(generated.situation.before)).toBe(uploaded);
    }
  });

  it('has distinct options with the right one among them exactly once', () => {
    for (const generated of questions) {
      const { question } = single(generated);
      const texts = question.options.map((option) => option.text);
      expect(texts.length).toBeGreaterThanOrEqual(3);
      expect(new Set(texts).size).toBe(texts.length);
      expect(question.options.filter((option) => option.id === question.answer)).toHaveLength(1);
    }
  });

  it('explains each kind of change by the rule that decides it', () => {
    const kind = (pattern: RegExp) => questions.filter((generated) => pattern.test(generated.question.stem));
    for (const generated of kind(/leaving the Dockerfile as it is/))
      expect(single(generated).right.explanation).toMatch(
        /^Right\. Editing \S+ changes what “COPY .*” copies/,
      );
    const labels = kind(/add a version label/);
    expect(labels.length).toBeGreaterThan(0);
    for (const generated of labels) {
      expect(single(generated).right.text).toBe('None: every layer prints “Layer already exists”.');
      expect(single(generated).right.explanation).toContain('only describes the image');
    }
    const bases = kind(/base/);
    expect(bases.length).toBeGreaterThan(0);
    for (const generated of bases)
      expect(single(generated).right.explanation).toContain('The new base brings its own layers');
  });

  it('knows that two Alpine-based images share Alpine’s root filesystem layer', () => {
    const shared = questions.find((generated) =>
      generated.question.stem.includes('switch the base to `node:22-alpine`'),
    );
    expect(shared).toBeDefined();
    expect(single(shared!).right.explanation).toContain(
      '“ADD alpine-minirootfs-3.20.3.tar.gz /” is the same layer in both bases',
    );
    expect(shared!.reveal.output).toContain('Layer already exists');
  });

  it('wrong options say which layers already exist and which must go up', () => {
    for (const generated of questions) {
      const { question } = single(generated);
      for (const option of question.options)
        if (option.id !== question.answer) expect(option.explanation).toMatch(/already has|must go up too/);
    }
  });

  it('shows the first image’s layers as a table and a Dockerfile change as a diff', () => {
    const run = questions.find((generated) =>
      generated.situation.file?.name.startsWith('Dockerfile (the change'),
    );
    expect(run?.situation.file?.text).toMatch(/^\+ RUN |\n\+ /m);
    expect(run?.situation.facts?.columns).toEqual(['Layer', 'From', 'Made by', 'Size']);
    expect(lineDiff(['FROM a', 'COPY x .'], ['FROM b', 'COPY x .'])).toBe('- FROM a\n+ FROM b\n  COPY x .');
  });
});
