import { describe, expect, it } from 'vitest';
import { evaluateLifecyclePolicy, readLifecyclePolicy } from '@/lib/sim/ecr/lifecycle';
import { ecrState } from './ecr-situation';
import { lifecyclePolicyExpiry } from './lifecycle-policy-expiry';
import type { GeneratedQuestion } from './types';

const questions = Array.from({ length: 30 }, (_, index) => lifecyclePolicyExpiry.generate(index + 1));

function multiple(generated: GeneratedQuestion) {
  const { question } = generated;
  if (question.kind !== 'multiple') throw new Error('expected a multiple-choice question');
  return question;
}

/** What the engine's evaluator expires in the question's repository, by rule priority. */
function evaluated(generated: GeneratedQuestion) {
  const read = readLifecyclePolicy(generated.situation.file?.text ?? '');
  if (!read.ok) throw new Error(read.message);
  const state = ecrState(generated.situation.before);
  const images = state.repositories.find((repository) => repository.name === 'web')?.images ?? [];
  return { policy: read.policy, results: evaluateLifecyclePolicy(read.policy, images, state.now), images };
}

describe('lifecyclePolicyExpiry', () => {
  it('ticks exactly the images evaluateLifecyclePolicy expires, and names the rule that expires each', () => {
    for (const generated of questions) {
      const question = multiple(generated);
      const { results } = evaluated(generated);
      const byTable = generated.situation.facts?.rows.map((row) => row[0]) ?? [];
      const expected = results.map((result) => {
        const index = byTable.indexOf(`${result.digest.slice(0, 19)}…`);
        return { id: question.options[index]?.id, priority: result.appliedRulePriority };
      });
      expect([...question.answer].sort()).toEqual(expected.map((entry) => entry.id).sort());
      for (const { id, priority } of expected)
        expect(question.options.find((option) => option.id === id)?.explanation).toMatch(
          new RegExp(`^Expired by rule ${priority} \\(“`),
        );
    }
  });

  it('lists every image once, as an option and a row, and keeps at least one', () => {
    for (const generated of questions) {
      const question = multiple(generated);
      const texts = question.options.map((option) => option.text);
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts).toHaveLength(generated.situation.facts?.rows.length ?? 0);
      expect(question.answer.length).toBeGreaterThanOrEqual(2);
      expect(question.answer.length).toBeLessThan(texts.length);
      for (const option of question.options)
        if (!question.answer.includes(option.id)) expect(option.explanation).toMatch(/^It stays: /);
    }
  });

  it('says why a survivor survives: its count or its days, or that no rule selects it', () => {
    const explanations = questions.flatMap((generated) =>
      multiple(generated).options.map((option) => option.explanation),
    );
    expect(
      explanations.some((text) =>
        /keeps it, because it is the (\d+(st|nd|rd|th) )?newest of the \d+/.test(text),
      ),
    ).toBe(true);
    expect(
      explanations.some((text) =>
        /keeps it, because it was pushed \d+ days? ago, not more than \d+/.test(text),
      ),
    ).toBe(true);
    expect(explanations.some((text) => text.startsWith('It stays: no rule selects it.'))).toBe(true);
  });

  it('explains that a lower-priority rule cannot expire an image a higher rule’s tag selection matches', () => {
    const shielded = questions.flatMap((generated) =>
      multiple(generated).options.filter((option) =>
        option.explanation.includes('cannot be expired by a lower one'),
      ),
    );
    expect(shielded.length).toBeGreaterThan(0);
    expect(shielded[0]?.explanation).toMatch(/^It stays: rule \d+ .* Rule \d+ \(“.*”\) would expire it/);
  });

  it('reveals the console’s preview and reasons rule by rule', () => {
    const generated = questions[0]!;
    expect(generated.reveal.output).toContain('"previewResults"');
    expect(generated.reveal.output).toContain('"status": "COMPLETE"');
    const { policy } = evaluated(generated);
    expect(generated.reveal.reasoning).toHaveLength(policy.rules.length + 2);
    expect(generated.reveal.reasoning.at(-1)).toMatch(/^So the preview lists \d+ images to expire/);
  });
});
