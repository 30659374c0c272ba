import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, PAIR_A, onlyOn, PAIR_B } from './fixtures';
import { loadAllQuestions } from '../lib/content/banks';
import { displayedOptions } from '../lib/quiz/number-keys';
import type { Question } from '../lib/content/schemas';

const bank = new Map(loadAllQuestions().map((question) => [question.id, question]));

async function currentQuestion(page: Page): Promise<Question> {
  const id = await page.locator('[data-question]').getAttribute('data-question');
  const question = bank.get(id ?? '');
  if (!question) throw new Error(`no question ${id}`);
  return question;
}

/** Answers the question on screen by keyboard alone: right or wrong on purpose. */
async function answerByKeyboard(page: Page, question: Question, right: boolean) {
  if (question.kind === 'single' || question.kind === 'multiple') {
    const shown = displayedOptions(question).map((option) => option.id);
    const answers = question.kind === 'single' ? [question.answer] : question.answer;
    const wrongOnes = shown.filter((id) => !answers.includes(id));
    const picks = right ? answers : [...answers.slice(1), wrongOnes[0]!];
    for (const id of picks) await page.keyboard.press(String(shown.indexOf(id) + 1));
  } else if (question.kind === 'value') {
    await page
      .getByRole('spinbutton', { name: 'Your answer' })
      .fill(String(right ? question.answer : question.answer + question.tolerance + 1000));
  } else if (!right) {
    // Ordering questions start shuffled; moving the first item down makes a right order wrong.
    const down = page.getByRole('button', { name: /down/i }).first();
    await down.click();
  }
  await page.keyboard.press('Enter');
}

test('practise one lesson by keyboard, resume after a reload, then retry what I missed', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/practice/');
  await expect(page.getByRole('heading', { name: 'Your skills' })).toBeVisible();
  await page.getByRole('checkbox', { name: /05 Amazon ECS/ }).check();
  await expect(page.getByRole('status').filter({ hasText: 'questions of' })).toHaveText(
    '10 questions of 13 matching.',
  );
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start practice' }).click();

  const outcomes: boolean[] = [];
  for (let index = 0; index < 10; index++) {
    await expect(page.getByText(`Question ${index + 1} of 10`)).toBeVisible();
    if (index === 3) {
      await page.reload();
      await expect(page.getByText('Question 4 of 10')).toBeVisible();
      await expect(page.getByText('2 of 3 right so far')).toBeVisible();
    }
    const question = await currentQuestion(page);
    expect(question.id.startsWith('amazon-ecs/')).toBe(true);
    const right = index !== 1 && index !== 5;
    await answerByKeyboard(page, question, right);
    outcomes.push(right);
    await expect(page.getByText(right ? 'Correct.' : 'Not quite.', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: /Learn this/ })).toHaveAttribute(
      'href',
      new RegExp(`^/lessons/amazon-ecs/#${question.section}$`),
    );
    const tryIt = page.getByRole('link', { name: /Try it hands-on/ });
    if (question.tryIt === undefined) await expect(tryIt).toHaveCount(0);
    else await expect(tryIt).toHaveAttribute('href', `/lessons/${question.tryIt.replace('#', '/#')}`);
    if (index === 1) await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { name: '8 of 10 right' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'By skill, weakest first' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Study lesson 05: Amazon ECS/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Retry the 2 I missed' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  for (let index = 0; index < 2; index++) {
    await answerByKeyboard(page, await currentQuestion(page), true);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: '2 of 2 right' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '2 of 2 right' })).toBeFocused();
  // A round of given questions has no choice to draw again.
  await expect(page.getByRole('button', { name: 'A new round with the same choice' })).toHaveCount(0);

  // Every answer went into the learner's progress: the skill shows it on the course map.
  await page.goto('/');
  const skills = page
    .getByRole('region', { name: 'Amazon ECS' })
    .getByRole('listitem')
    .filter({ hasText: 'Amazon ECS architecture' });
  await expect(skills).not.toContainText('none answered yet');
});

test('a damaged saved round is reported, and practice starts afresh', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  // Damaged on another page of the tab, so the practice page reads it on its first load.
  await page.goto('/glossary/');
  await page.evaluate(() =>
    sessionStorage.setItem('dockyard:practice-round', '{"version":1,"ids":["gone/1"]'),
  );
  await page.goto('/practice/');
  await expect(page.getByRole('alert').filter({ hasText: 'practice round' })).toContainText(
    'Your last practice round could not be resumed: the saved round is not valid JSON.',
  );
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'practice round' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start practice' })).toBeEnabled();
});
