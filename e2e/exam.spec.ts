import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, PAIR_B, onlyOn, PAIR_A } from './fixtures';
import { loadAllQuestions } from '../lib/content/banks';
import { displayedOptions } from '../lib/quiz/number-keys';

const bank = new Map(loadAllQuestions().map((question) => [question.id, question]));

/** Chooses the right answer to the question on screen by keyboard, where it has options. */
async function answerRightByKeyboard(page: Page): Promise<boolean> {
  const id = await page.locator('[data-question]').getAttribute('data-question');
  const question = bank.get(id ?? '');
  if (!question || (question.kind !== 'single' && question.kind !== 'multiple')) return false;
  const shown = displayedOptions(question).map((option) => option.id);
  const answers = question.kind === 'single' ? [question.answer] : question.answer;
  for (const answerId of answers) await page.keyboard.press(String(shown.indexOf(answerId) + 1));
  return true;
}

async function startCustomExam(page: Page, size: string) {
  await page.goto('/practice/');
  await page.getByLabel('Questions', { exact: true }).selectOption(size);
  await page.getByRole('button', { name: 'Start a custom exam' }).click();
  await expect(page).toHaveURL(/\/practice\/exam\/$/);
  await expect(page.getByText(`Question 1 of ${size}`)).toBeVisible();
}

test('an exam with a flag, a reload in the middle, submit, review, then retry what I missed', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await startCustomExam(page, '10');
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^(20:00|19:5\d)$/);

  let answered = 0;
  if (await answerRightByKeyboard(page)) answered++;
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Flagged for review' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page
    .getByRole('navigation', { name: 'Questions' })
    .getByRole('button', { name: /^Question 3,/ })
    .click();
  if (await answerRightByKeyboard(page)) answered++;
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByText('Question 3 of 10')).toBeVisible();
  const navigator = page.getByRole('navigation', { name: 'Questions' });
  await expect(navigator).toContainText(`${answered} answered · ${10 - answered} not answered · 1 flagged`);
  await expect(navigator.getByRole('button', { name: 'Question 2, not answered, flagged' })).toBeVisible();

  await page.getByRole('button', { name: 'Submit the exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit the exam?' });
  await expect(dialog).toContainText(`${10 - answered} questions are not answered; 1 is flagged for review.`);
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Submit now' }).click();

  await expect(page.getByRole('heading', { name: /results$/ })).toBeVisible();
  await expect(page.getByText(`${answered} of 10 right`)).toBeVisible();
  await expect(page.getByText('Fail', { exact: true })).toBeVisible();
  const review = page.getByRole('region', { name: 'Review every question' });
  await expect(review.getByRole('listitem').filter({ has: page.locator('[role=group]') })).toHaveCount(10);
  await expect(review.getByText('Not answered', { exact: true })).toHaveCount(10 - answered);
  await expectNoAxeViolations(page);

  await page.reload();
  await expect(page.getByText(`${answered} of 10 right`)).toBeVisible();
  await page.getByRole('button', { name: `Retry only the ${10 - answered} I missed` }).click();
  await expect(page).toHaveURL(/\/practice\/$/);
  await expect(page.getByText(`Question 1 of ${10 - answered}`)).toBeVisible();
});

test('the countdown turns amber in the last five minutes and submits by itself at zero', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.clock.install();
  await startCustomExam(page, '10');
  await answerRightByKeyboard(page);
  await page.clock.fastForward('15:30');
  const timer = page.getByRole('timer', { name: 'Time left' });
  await expect(timer).toHaveText(/^4:[0-3]\d$/);
  await expect(page.getByText('left', { exact: true })).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(
    page.getByText('Time ran out, so the exam was submitted with the answers given by then.'),
  ).toBeVisible();
  await expect(page.getByText(/of 10 right/)).toBeVisible();
});

test('a damaged saved exam is reported and kept aside', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/glossary/');
  await page.evaluate(() => localStorage.setItem('dockyard:exam', '{"version":1,"ids":[]}'));
  await page.goto('/practice/exam/');
  await expect(page.getByRole('alert').filter({ hasText: 'saved exam' })).toContainText(
    'Your saved exam could not be read: the saved exam does not fit its format',
  );
  expect(await page.evaluate(() => localStorage.getItem('dockyard:exam:unreadable'))).toBe(
    '{"version":1,"ids":[]}',
  );
  await expect(page.getByRole('link', { name: 'Choose an exam on the practice page' })).toBeVisible();
});
