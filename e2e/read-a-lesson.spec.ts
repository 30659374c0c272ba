import { test, expect, expectNoAxeViolations, PAIR_A, onlyOn, PAIR_B } from './fixtures';
import { loadCourseOutline } from '../lib/content/course';

const LESSON_COUNT = loadCourseOutline().lessons.length;

test('a learner reads the first lesson to the end, marks it done and sees it on the course map', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  await expect(page.getByText('Start here')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: /01 Compute on AWS/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compute on AWS' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.keyboard.press('End');
  const markDone = page.getByRole('button', { name: 'Mark as done' });
  await markDone.scrollIntoViewIfNeeded();
  await markDone.click();
  await expect(page.getByRole('button', { name: /Done: marked as finished/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('link', { name: /Next lesson/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What a container is' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Course' }).click();
  await expect(page.getByText(`1 of ${LESSON_COUNT} lessons done`)).toBeVisible();
  const firstLesson = page.getByRole('link', { name: /01 Compute on AWS/ });
  await expect(firstLesson).toContainText('Done');
  await expect(page.getByRole('link', { name: /02 What a container is/ })).toContainText('Start here');
});

test('the table of contents follows the reader and glossary terms open by keyboard', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/what-is-a-container/');
  const term = page.locator('.lesson-prose button[aria-expanded]').first();
  await term.scrollIntoViewIfNeeded();
  await term.focus();
  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  const popover = page.locator(`#${(await term.getAttribute('aria-controls'))!.replace(/:/g, '\\:')}`);
  await expect(popover).toBeVisible();
  await expect(popover.getByRole('link', { name: 'In the glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expectNoAxeViolations(page);
});
