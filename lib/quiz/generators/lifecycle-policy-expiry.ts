import {
  DAY_MS,
  evaluateLifecyclePolicy,
  owningRule,
  readLifecyclePolicy,
  selectsImage,
  type LifecycleImage,
  type LifecyclePolicy,
  type LifecycleRule,
} from '@/lib/sim/ecr/lifecycle';
import type { Repository } from '@/lib/sim/ecr/types';
import { catalogEntry, questionBase } from './catalog-entry';
import { LOGIN, WEB, ecrSituation, ecrState, runEcrLine, type EcrSession } from './ecr-situation';
import { counted, optionId } from './ecs-lines';
import { drawPushes, drawRules, policyText, selectionWords, type Push } from './lifecycle-draw';
import { createPicker } from './picker';
import type { FactTable, GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('lifecycle-policy-expiry');
const POLICY_FILE = 'lifecycle.json';
/** Re-draws until the policy expires at least two images and keeps at least one. */
const MAX_DRAWS = 40;
/** The console lets one `sleep` pass at most 31 days. */
const SLEEP_CHUNK_DAYS = 30;
export const PREVIEW_LINES = [
  `aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://${POLICY_FILE}`,
  'sleep 10',
  'aws ecr get-lifecycle-policy-preview --repository-name web',
] as const;

function sleeps(days: number): string[] {
  const lines: string[] = [];
  for (let left = days; left > 0; left -= SLEEP_CHUNK_DAYS)
    lines.push(`sleep ${Math.min(left, SLEEP_CHUNK_DAYS)}d`);
  return lines;
}

/** Each push a new image (its own build label), then time passes until the next; today is after the last. */
function pushLines(pushes: readonly Push[]): string[] {
  const lines = ['aws ecr create-repository --repository-name web'];
  pushes.forEach((push, index) => {
    lines.push(
      LOGIN,
      `docker build -t ${WEB}:${push.tag} --label build=${index + 1} .`,
      `docker push ${WEB}:${push.tag}`,
      ...sleeps(push.daysAgo - (pushes[index + 1]?.daysAgo ?? 0)),
    );
  });
  return lines;
}

/** The repository the pushes leave, as the evaluator sees it: a re-pushed tag stays only on its newest image. */
function sketch(pushes: readonly Push[]): LifecycleImage[] {
  const newest = new Map(pushes.map((push, index) => [push.tag, index]));
  return pushes.map((push, index) => ({
    digest: `sketch-${index}`,
    tags: newest.get(push.tag) === index ? [push.tag] : [],
    pushedAt: -push.daysAgo * DAY_MS,
    lastPulledAt: null,
    storageClass: 'standard',
  }));
}

function repositoryOf(session: EcrSession): Repository {
  const found = ecrState(session).repositories.find((repository) => repository.name === 'web');
  if (found === undefined) throw new Error(`${INFO.id}: no repository web`);
  return found;
}

const lifecycleImage = (image: Repository['images'][number]): LifecycleImage => ({
  digest: image.digest,
  tags: image.tags,
  pushedAt: image.pushedAt,
  lastPulledAt: image.lastPulledAt,
  storageClass: image.storageClass,
  archivedAt: image.archivedAt,
});

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

interface Scene {
  readonly images: readonly LifecycleImage[];
  readonly policy: LifecyclePolicy;
  readonly now: number;
}

const ageOf = (scene: Scene, image: LifecycleImage) => Math.round((scene.now - image.pushedAt) / DAY_MS);

function label(scene: Scene, image: LifecycleImage): string {
  const name = image.tags.length === 0 ? `untagged (${image.digest.slice(0, 15)}…)` : image.tags.join(', ');
  return `${name}, pushed ${counted(ageOf(scene, image), 'day')} ago`;
}

const ruleName = (rule: LifecycleRule, start = false) =>
  `${start ? 'Rule' : 'rule'} ${rule.rulePriority} (“${rule.description ?? ''}”)`;

/** Why `rule`'s count marks the image or leaves it, as the rule sees it on its own. */
function countWords(scene: Scene, rule: LifecycleRule, image: LifecycleImage, marked: boolean): string {
  const { countType, countNumber } = rule.selection;
  if (countType !== 'imageCountMoreThan') {
    const age = ageOf(scene, image);
    return `it was pushed ${counted(age, 'day')} ago, ${marked ? 'more than' : 'not more than'} ${countNumber}`;
  }
  const seen = scene.images
    .filter((other) => selectsImage(rule.selection, other))
    .sort((a, b) => b.pushedAt - a.pushedAt);
  const rank = seen.findIndex((other) => other.digest === image.digest) + 1;
  return `it is the ${rank === 1 ? '' : `${ordinal(rank)} `}newest of the ${seen.length} ${selectionWords(rule, true)}, and the rule keeps ${countNumber}`;
}

/** The rules below the owner that would expire the image if it were theirs (each judged alone, by the engine). */
function wouldExpire(scene: Scene, owner: LifecycleRule, image: LifecycleImage): LifecycleRule[] {
  return scene.policy.rules.filter(
    (rule) =>
      rule.rulePriority > owner.rulePriority &&
      selectsImage(rule.selection, image) &&
      evaluateLifecyclePolicy({ rules: [rule] }, scene.images, scene.now).some(
        (result) => result.digest === image.digest,
      ),
  );
}

function explain(scene: Scene, image: LifecycleImage, expiredBy: number | undefined): string {
  const owner = owningRule(scene.policy, image);
  if (owner === undefined)
    return `It stays: no rule selects it. ${image.tags.length === 0 ? 'It is untagged, and no rule selects untagged images.' : `Its tag ${image.tags.join(', ')} matches none of the rules’ tag lists, and no rule selects every image.`}`;
  if (expiredBy === owner.rulePriority)
    return `Expired by ${ruleName(owner)}: ${countWords(scene, owner, image, true)}.`;
  const lower = wouldExpire(scene, owner, image);
  const shielded =
    lower.length === 0
      ? ''
      : ` ${lower.map((rule, index) => ruleName(rule, index === 0)).join(' and ')} would expire it, but an image that a higher-priority rule’s tag selection matches cannot be expired by a lower one.`;
  return `It stays: ${ruleName(owner)} selects it and keeps it, because ${countWords(scene, owner, image, false)}.${shielded}`;
}

function ruleStep(scene: Scene, rule: LifecycleRule, expired: ReadonlyMap<string, number>): string {
  const seen = scene.images.filter((image) => selectsImage(rule.selection, image));
  const owned = seen.filter((image) => owningRule(scene.policy, image) === rule);
  const gone = seen.filter((image) => expired.get(image.digest) === rule.rulePriority);
  const names = (images: readonly LifecycleImage[]) =>
    images.length === 0 ? 'none' : images.map((image) => label(scene, image)).join('; ');
  const counting =
    rule.selection.countType === 'imageCountMoreThan' && owned.length < seen.length
      ? ` It counts the ${counted(seen.length - owned.length, 'image')} a higher-priority rule owns too, as if they stayed, but cannot expire them.`
      : '';
  return `Rule ${rule.rulePriority} selects ${selectionWords(rule)} (${names(seen)}) and expires ${names(gone)}.${counting}`;
}

function facts(scene: Scene): FactTable {
  return {
    caption: 'The images in the repository web today, newest first',
    columns: ['Image digest', 'Tags', 'Pushed'],
    rows: scene.images.map((image) => [
      `${image.digest.slice(0, 19)}…`,
      image.tags.length === 0 ? '(untagged)' : image.tags.join(', '),
      `${counted(ageOf(scene, image), 'day')} ago`,
    ]),
  };
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  for (let attempt = 0; attempt < MAX_DRAWS; attempt += 1) {
    const pushes = drawPushes(pick);
    const rules = drawRules(
      pick,
      pushes.map((push) => push.daysAgo),
    );
    const files = { [POLICY_FILE]: policyText(rules) };
    const reading = readLifecyclePolicy(files[POLICY_FILE] ?? '');
    if (!reading.ok) throw new Error(`${INFO.id}: ECR refused the policy: ${reading.message}`);
    // Weeks of simulated time cost real time: screen each draw on a sketch of the repository first.
    const sketched = evaluateLifecyclePolicy(reading.policy, sketch(pushes), 0).length;
    if (sketched < 2 || sketched >= pushes.length) continue;
    const lines = pushLines(pushes);
    const before = ecrSituation(lines, files, seed);
    let after = before;
    let output = '';
    for (const line of PREVIEW_LINES) {
      const run = runEcrLine(after, line, files);
      if (run.isError) throw new Error(`${INFO.id}: "${line}" failed: ${run.output}`);
      after = run.session;
      output = run.output;
    }
    // The answer is the preview ECR completed: the images it lists, each with the rule that expires it.
    const preview = repositoryOf(after).lifecyclePreview;
    if (preview?.status !== 'COMPLETE') throw new Error(`${INFO.id}: the preview did not complete`);
    const expired = new Map(preview.results.map((result) => [result.digest, result.appliedRulePriority]));
    const images = repositoryOf(before)
      .images.map(lifecycleImage)
      .sort((a, b) => b.pushedAt - a.pushedAt);
    if (expired.size < 2 || expired.size >= images.length) continue;
    const scene: Scene = { images, policy: reading.policy, now: ecrState(before).now };
    const options = images.map((image, index) => ({
      id: optionId(index),
      text: label(scene, image),
      explanation: explain(scene, image, expired.get(image.digest)),
    }));
    const gone = images.filter((image) => expired.has(image.digest));
    return {
      generator: INFO.id,
      seed,
      question: {
        ...questionBase(INFO, rules.length === 1 ? 'medium' : 'hard', [26]),
        kind: 'multiple',
        stem: `The ECR repository \`web\` holds the images in the table. Today you preview the lifecycle policy in \`${POLICY_FILE}\` on it. Which images does the policy expire?`,
        options,
        answer: images.flatMap((image, index) => (expired.has(image.digest) ? [optionId(index)] : [])),
      },
      situation: {
        picture: null,
        lines,
        before,
        facts: facts(scene),
        file: { name: POLICY_FILE, text: files[POLICY_FILE] ?? '' },
      },
      reveal: {
        lines: [...PREVIEW_LINES],
        after,
        output,
        reasoning: [
          'ECR checks every rule against every image at once, then applies the rules by priority, lowest number first: each image answers only to the highest-priority rule whose tag selection matches it, and only that rule may expire it.',
          ...scene.policy.rules.map((rule) => ruleStep(scene, rule, expired)),
          `So the preview lists ${counted(gone.length, 'image')} to expire: ${gone.map((image) => label(scene, image)).join('; ')}.`,
        ],
      },
    };
  }
  throw new Error(
    `${INFO.id}: no policy that expires some images and keeps others in ${MAX_DRAWS} draws from seed ${seed}`,
  );
}

export const lifecyclePolicyExpiry: QuestionGenerator = { ...INFO, generate };
