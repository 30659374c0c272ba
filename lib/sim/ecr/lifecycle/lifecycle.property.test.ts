import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breathe, fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { runLifecyclePolicy } from './apply-lifecycle-preview';
import { DAY_MS, evaluateLifecyclePolicy, owningRule } from './evaluate-lifecycle-policy';
import { countOnlyPolicies, images, policies, ruleLists } from './lifecycle-arbitraries';
import { NOW } from './lifecycle-fixtures';
import { KNOWN_MESSAGES } from './messages';
import { readLifecyclePolicy } from './read-lifecycle-policy';

const runs = { numRuns: fuzzRuns() };
/** A run happens some time after the images were last looked at. */
const when = fc.integer({ min: 0, max: 400 }).map((days) => NOW + days * DAY_MS);

function expectKnownRefusal(text: string): void {
  const read = readLifecyclePolicy(text);
  if (read.ok) return;
  expect(read.code).toBe('InvalidParameterException');
  expect(
    KNOWN_MESSAGES.some((pattern) => pattern.test(read.message)),
    read.message,
  ).toBe(true);
}

describe('evaluateLifecyclePolicy (properties)', () => {
  it(
    '(a) the preview is exactly what a run deletes and archives, and a run touches nothing else',
    async () => {
      await fc.assert(
        fc.asyncProperty(policies, images, when, async (policy, repo, now) => {
          await breathe();
          const preview = evaluateLifecyclePolicy(policy, repo, now);
          const after = runLifecyclePolicy(policy, repo, now).images;
          const remaining = new Map(after.map((img) => [img.digest, img]));
          const actions = new Map(preview.map((r) => [r.digest, r.action]));
          for (const img of repo) {
            const action = actions.get(img.digest);
            if (action === 'expire') expect(remaining.has(img.digest)).toBe(false);
            else if (action === 'transition')
              expect(remaining.get(img.digest)).toEqual({ ...img, storageClass: 'archive', archivedAt: now });
            else expect(remaining.get(img.digest)).toBe(img);
          }
          expect(after.length).toBe(repo.length - preview.filter((r) => r.action === 'expire').length);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    '(b) no image is acted on twice, and each by the highest-priority rule whose tag selection matches it',
    async () => {
      await fc.assert(
        fc.asyncProperty(policies, images, when, async (policy, repo, now) => {
          await breathe();
          const preview = evaluateLifecyclePolicy(policy, repo, now);
          expect(new Set(preview.map((r) => r.digest)).size).toBe(preview.length);
          const byDigest = new Map(repo.map((img) => [img.digest, img]));
          for (const result of preview) {
            const owner = owningRule(policy, byDigest.get(result.digest)!);
            expect(owner?.rulePriority).toBe(result.appliedRulePriority);
            expect(owner?.action.type).toBe(result.action);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    '(c) after a run, at most N images of its storage class answer to an imageCountMoreThan N rule',
    async () => {
      // "Answer to" = the rule is the highest-priority one whose tag selection matches the image:
      // the images only that rule may act on. Images a higher rule matches are not its to keep or drop.
      await fc.assert(
        fc.asyncProperty(policies, images, when, async (policy, repo, now) => {
          await breathe();
          const after = runLifecyclePolicy(policy, repo, now).images;
          for (const rule of policy.rules) {
            if (rule.selection.countType !== 'imageCountMoreThan') continue;
            const answering = after.filter((img) => owningRule(policy, img) === rule);
            expect(answering.length).toBeLessThanOrEqual(rule.selection.countNumber);
          }
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    '(d) running an imageCountMoreThan-only policy twice does what running it once does',
    async () => {
      await fc.assert(
        fc.asyncProperty(countOnlyPolicies, images, when, async (policy, repo, now) => {
          await breathe();
          const once = runLifecyclePolicy(policy, repo, now);
          const twice = runLifecyclePolicy(policy, once.images, now);
          expect(twice.results).toEqual([]);
          expect(twice.images).toEqual(once.images);
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});

describe('readLifecyclePolicy (properties)', () => {
  it(
    '(e) never throws on any string, and refuses only with a known text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.string({ minLength: 100, maxLength: 400 }),
            fc.string({ unit: 'grapheme' }),
          ),
          async (text) => {
            await breathe();
            expectKnownRefusal(text);
          },
        ),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    '(e) never throws on any JSON, bare or padded past the minimum length',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.json(), async (json) => {
          await breathe();
          expectKnownRefusal(json);
          expectKnownRefusal(json + ' '.repeat(100));
          expectKnownRefusal(JSON.stringify({ rules: [JSON.parse(json) as unknown] }, null, 8).padEnd(100));
        }),
        runs,
      );
    },
    fuzzTimeout(2),
  );

  it(
    '(e) on near-valid policies with one member replaced by any JSON, refuses with a known text or accepts a sound policy',
    async () => {
      const damaged = fc
        .tuple(
          ruleLists,
          fc.nat(),
          fc.constantFrom('rule', 'selection', 'action'),
          fc.string({ maxLength: 20 }),
          fc.jsonValue({ maxDepth: 2 }),
        )
        .map(([rules, index, where, key, value]) => {
          const copy = JSON.parse(JSON.stringify(rules)) as Record<string, unknown>[];
          const target = copy[index % copy.length]!;
          const object = (where === 'rule' ? target : target[where]) as Record<string, unknown>;
          const keys = Object.keys(object);
          object[keys.length > 0 && index % 3 !== 0 ? keys[index % keys.length]! : key] = value;
          return JSON.stringify({ rules: copy }, null, 2);
        });
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            damaged,
            ruleLists.map((rules) => JSON.stringify({ rules }, null, 2)),
          ),
          async (text) => {
            await breathe();
            expectKnownRefusal(text);
            const read = readLifecyclePolicy(text);
            if (!read.ok) return;
            const priorities = read.policy.rules.map((r) => r.rulePriority);
            expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
            expect(new Set(priorities).size).toBe(priorities.length);
            for (const { selection } of read.policy.rules) {
              expect(selection.countNumber).toBeGreaterThanOrEqual(1);
              expect(selection.countUnit === 'days').toBe(selection.countType !== 'imageCountMoreThan');
              expect(selection.tagStatus === 'tagged').toBe(
                (selection.tagPrefixList ?? selection.tagPatternList ?? []).length > 0,
              );
            }
          },
        ),
        runs,
      );
    },
    fuzzTimeout(2),
  );
});
