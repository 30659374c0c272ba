import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, PAIR_B, onlyOn, PAIR_A } from './fixtures';
import { findGenerator } from '../lib/quiz/generators';
import { displayedOptions } from '../lib/quiz/number-keys';
import type { Question } from '../lib/content/schemas';

function generated(kind: string, seed: number) {
  const generator = findGenerator(kind);
  if (generator === undefined) throw new Error(`no generator ${kind}`);
  return generator.generate(seed);
}

/** Presses the number key of an option: the right one, or the first wrong one shown. */
async function choose(page: Page, question: Question, right: boolean) {
  if (question.kind !== 'single') throw new Error(`${question.id} is not single choice`);
  // The keys act on the question once it is on screen (the engine loads after the page).
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  const shown = displayedOptions(question).map((option) => option.id);
  const pick = right ? question.answer : shown.find((id) => id !== question.answer)!;
  const radio = page.getByRole('radio').nth(shown.indexOf(pick));
  // A key pressed while the question is still taking focus can be lost: press until it takes.
  await expect(async () => {
    await page.keyboard.press(String(shown.indexOf(pick) + 1));
    await expect(radio).toBeChecked({ timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
}

test('a generated binpack question: the situation, a wrong answer, the engine’s reasoning, the simulator, a new one', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  const { question, situation } = generated('binpack-next-host', 7);
  await page.goto('/practice/generated/#binpack-next-host:7');
  await expect(page.getByRole('heading', { name: /The situation · seed 7/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Binpack: the next host/ })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const picture = page.getByTestId('ecs-picture');
  await expect(picture).toBeVisible();
  // The numbers are in a table too, and the answer is not given away before answering.
  const facts = page.getByRole('table', { name: /what each container instance has left/ });
  await expect(facts.getByRole('row')).toHaveCount((situation.facts?.rows.length ?? 0) + 1);
  await expect(page.getByText('Why this host?')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await choose(page, question, false);
  await expect(page.getByText('Not quite.', { exact: true })).toBeVisible();
  const reveal = page.getByRole('region', { name: 'How the simulator worked it out' });
  await expect(reveal).toContainText(
    'binpack on memory prefers the instance that will have the least memory left',
  );
  await expect(reveal).toContainText('has the least memory left of those that can hold the task');
  // The picture has moved on: the web task is on the chosen instance, and "Why this host?" explains it.
  if (question.kind !== 'single') throw new Error('expected a single-choice question');
  const chosen = /\((i-[0-9a-f]+)\)/.exec(
    question.options.find((option) => option.id === question.answer)?.text ?? '',
  )?.[1];
  await expect(
    picture.getByRole('article', { name: `EC2 instance ${chosen}` }).getByText('web:1'),
  ).toBeVisible();
  await expect(page.getByText('Why this host?').first()).toBeVisible();
  await expect(page.getByRole('link', { name: /Learn this/ })).toHaveAttribute(
    'href',
    '/lessons/services-and-placement/#strategies',
  );
  await expectNoAxeViolations(page);

  // The same situation in the full simulator, from the share link, in a tab of its own.
  const [simulator] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: /Open this in the ECS simulator/ }).click(),
  ]);
  await expect(simulator).toHaveURL(/\/simulators\/ecs\/#sim=/);
  await expect(
    simulator
      .getByTestId('ecs-picture')
      .getByRole('article', { name: `EC2 instance ${chosen}` })
      .getByText('web:1'),
  ).toBeVisible();
  await simulator.close();

  // A new question of the same kind: another seed in the address.
  await page.getByRole('button', { name: 'New question' }).click();
  await expect(page).toHaveURL(/#binpack-next-host:\d+$/);
  await expect(page).not.toHaveURL(/#binpack-next-host:7$/);
  await expect(page.getByRole('heading', { name: /The situation · seed \d+/ })).toBeVisible();
});

test('a generated task definition: ECS’s own words after answering, and a tasks-per-instance answer typed in', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  const verdict = generated('task-definition-verdict', 3);
  await page.goto('/practice/generated/#task-definition-verdict:3');
  await expect(page.getByText(verdict.situation.file?.name ?? '?', { exact: true })).toBeVisible();
  await choose(page, verdict.question, true);
  await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How the simulator worked it out' })).toContainText(
    'An error occurred (ClientException) when calling the RegisterTaskDefinition operation',
  );

  const fit = generated('tasks-per-instance', 2);
  if (fit.question.kind !== 'value') throw new Error('expected a value question');
  await page.getByRole('button', { name: /How many tasks fit\?/ }).click();
  await expect(page).toHaveURL(/#tasks-per-instance:\d+$/);
  await page.goto('/practice/generated/#tasks-per-instance:2');
  await page.getByRole('spinbutton', { name: 'Your answer' }).fill(String(fit.question.answer));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'How the simulator worked it out' })).toContainText(
    'The smallest limit wins',
  );
  await expectNoAxeViolations(page);
});

test('a hand-edited link says what is wrong, and a kind can still be chosen', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/practice/generated/#spot-prices:12');
  const problem = page.getByRole('alert').filter({ hasText: 'This link does not open a question.' });
  await expect(problem).toContainText('a kind of question Dockyard does not have: "spot-prices"');
  await page.getByRole('button', { name: /An Availability Zone fails/ }).click();
  await expect(page.getByRole('heading', { name: /The situation · seed \d+/ })).toBeVisible();
  await expect(problem).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('a missed generated question comes back for review as a fresh one of its kind', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.clock.install({ time: new Date('2026-12-04T10:00:00') });
  const { question } = generated('az-failure', 11);
  await page.goto('/practice/generated/#az-failure:11');
  await choose(page, question, false);
  await expect(page.getByText('Not quite.', { exact: true })).toBeVisible();

  await page.clock.setSystemTime(new Date('2026-12-05T09:00:00'));
  await page.goto('/practice/#review');
  const review = page.getByRole('region', { name: /^Review/ });
  await expect(review).toContainText('1 due today');
  await review.getByRole('link', { name: 'Answer a fresh one: An Availability Zone fails' }).click();
  await expect(page).toHaveURL(/\/practice\/generated\/#az-failure:\d+$/);
  await expect(page.getByRole('heading', { name: /The situation · seed \d+/ })).toBeVisible();
});

test('a lesson question leads to the simulator that shows it and to a fresh generated question', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/services-and-placement/');
  // The question is asked twice on the page: where it is taught, and in the closing "Check yourself".
  const card = page.locator('[data-question="services-and-placement/binpack-choice"]').first();
  await card.getByRole('radio').first().check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(
    card.getByRole('link', { name: 'A fresh question from the simulator: Binpack: the next host' }),
  ).toHaveAttribute('href', '/practice/generated/#binpack-next-host');
  await card.getByRole('link', { name: /Try it hands-on/ }).click();
  await expect(page).toHaveURL(/\/lessons\/services-and-placement\/#try-it-predict-the-placement$/);
  await expect(page.getByRole('heading', { name: 'Try it: predict the placement' })).toBeInViewport();
});

test('a generated Kubernetes question: the nodes and the manifest, the right answer, then why, in the EKS simulator', async ({
  page,
}, testInfo) => {
  // One wide and one narrow screen, in both themes between them; the binpack journey covers the rest.
  onlyOn(PAIR_A, testInfo);
  const seed = 7;
  const { question, situation } = generated('scheduler-next-node', seed);
  await page.goto(`/practice/generated/#scheduler-next-node:${seed}`);
  await expect(page.getByRole('heading', { name: `The situation · seed ${seed}` })).toBeVisible();
  await expect(page.getByTestId('eks-picture')).toBeVisible();
  await expect(page.getByText('api.yaml', { exact: true })).toBeVisible();
  const facts = page.getByRole('table', { name: /what the pods on each node request/ });
  await expect(facts.getByRole('row')).toHaveCount((situation.facts?.rows.length ?? 0) + 1);
  await expect(page.getByText('Why this node?')).toHaveCount(0);
  await expectNoAxeViolations(page);

  await choose(page, question, true);
  const reveal = page.getByRole('region', { name: 'How the simulator worked it out' });
  await expect(reveal).toContainText('Filter: a node stays in only if it accepts new pods');
  await expect(page.getByText('Why this node?').first()).toBeVisible();
  await expectNoAxeViolations(page);
  const [simulator] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: /Open this in the EKS simulator/ }).click(),
  ]);
  await expect(simulator).toHaveURL(/\/simulators\/eks\/#sim=/);
  await expect(simulator.getByTestId('eks-picture').getByRole('button', { name: /^Pod api-/ })).toHaveCount(
    1,
  );
  await simulator.close();
});

test('generated ECR and Fargate questions: a lifecycle policy ticked image by image, the layers a push uploads, a Fargate size', async ({
  page,
}, testInfo) => {
  // One wide and one narrow screen, in both themes between them.
  onlyOn(PAIR_A, testInfo);
  const lifecycle = generated('lifecycle-policy-expiry', 3);
  const { question, situation } = lifecycle;
  if (question.kind !== 'multiple') throw new Error('expected a multiple-choice question');
  await page.goto('/practice/generated/#lifecycle-policy-expiry:3');
  await expect(page.getByRole('heading', { name: 'The situation · seed 3' })).toBeVisible();
  const situationRegion = page.getByRole('region', { name: /^The situation/ });
  await expect(situationRegion.getByText('lifecycle.json', { exact: true })).toBeVisible();
  const images = page.getByRole('table', { name: /The images in the repository web today/ });
  await expect(images.getByRole('row')).toHaveCount((situation.facts?.rows.length ?? 0) + 1);
  await expect(page.getByText(`(Choose ${question.answer.length}.)`)).toBeVisible();
  await expectNoAxeViolations(page);
  const shown = displayedOptions(question).map((option) => option.id);
  for (const id of question.answer) await page.getByRole('checkbox').nth(shown.indexOf(id)).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
  const reveal = page.getByRole('region', { name: 'How the simulator worked it out' });
  await expect(reveal).toContainText(`So the preview lists ${question.answer.length} images to expire`);
  await expect(reveal).toContainText('"previewResults"');
  await expect(page.getByText(/Your choice: correct\. Expired by rule \d+ \(“/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  const layers = generated('ecr-push-layers', 3);
  await page.goto('/practice/generated/#ecr-push-layers:3');
  await expect(page.getByRole('table', { name: /already in the repository/ })).toBeVisible();
  await choose(page, layers.question, false);
  await expect(page.getByText('Not quite.', { exact: true })).toBeVisible();
  await expect(reveal).toContainText('docker push first asks the repository about each layer’s digest');
  await expect(reveal).toContainText('The push refers to repository');

  const size = generated('fargate-task-size', 3);
  await page.getByRole('button', { name: /Valid Fargate size\?/ }).click();
  await expect(page).toHaveURL(/#fargate-task-size:\d+$/);
  await page.goto('/practice/generated/#fargate-task-size:3');
  await expect(situationRegion.getByText('reports.json', { exact: true })).toBeVisible();
  await choose(page, size.question, true);
  await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
  await expect(reveal).toContainText('ECS checks the task-level cpu and memory against Fargate’s table');
  await expect(page.getByRole('link', { name: /Learn this/ })).toHaveAttribute(
    'href',
    '/lessons/aws-fargate/#sizing-a-task',
  );
  await expectNoAxeViolations(page);
});
