import { test, expect, expectNoAxeViolations, onlyOn, PAIR_B } from './fixtures';
import { loadAllQuestions } from '../lib/content/banks';
import { displayedOptions } from '../lib/quiz/number-keys';

const bank = new Map(loadAllQuestions().map((question) => [question.id, question]));

test('a missed question comes back for review the next day, and the course map counts it', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.clock.install({ time: new Date('2026-12-04T10:00:00') });
  await page.goto('/practice/');
  await page.getByRole('checkbox', { name: /04 Why orchestration/ }).check();
  await page.getByRole('radio', { name: 'Easy' }).check();
  await page.getByRole('button', { name: 'Start practice' }).click();

  // Miss the first question on purpose (always a choice question among the easy ones of lesson 04).
  const id = (await page.locator('[data-question]').getAttribute('data-question')) ?? '';
  const question = bank.get(id);
  if (!question || (question.kind !== 'single' && question.kind !== 'multiple'))
    throw new Error(`${id} has no options`);
  const shown = displayedOptions(question).map((option) => option.id);
  const answers = question.kind === 'single' ? [question.answer] : question.answer;
  const wrong = shown.find((optionId) => !answers.includes(optionId))!;
  const picks = question.kind === 'single' ? [wrong] : [...answers.slice(1), wrong];
  for (const pick of picks) await page.keyboard.press(String(shown.indexOf(pick) + 1));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Not quite.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'End the round' }).click();
  await page.getByRole('button', { name: 'Change what to practise' }).click();

  const review = page.getByRole('region', { name: /^Review/ });
  await expect(review).toContainText('nothing due today');
  await expect(review).toContainText('1 card in all');

  // The next day: the card is due, on the course map and on the practice page.
  await page.clock.setSystemTime(new Date('2026-12-05T09:00:00'));
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Review: 1 due today' })).toBeVisible();
  await page.getByRole('link', { name: 'Review: 1 due today' }).click();
  await expect(review).toContainText('1 due today');
  await expectNoAxeViolations(page);
  await review.getByRole('button', { name: 'Review 1 question' }).click();
  await expect(page.locator('[data-question]')).toHaveAttribute('data-question', id);
  for (const answer of answers) await page.keyboard.press(String(shown.indexOf(answer) + 1));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Correct.', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '1 of 1 right' })).toBeVisible();

  // Answered right, the card moves days ahead: nothing is due today any more.
  await page.getByRole('button', { name: 'Change what to practise' }).click();
  await expect(review).toContainText('nothing due today');
});
