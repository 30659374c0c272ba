import { test, expect, expectNoAxeViolations, onlyOn } from './fixtures';

/**
 * The side-by-side on a phone: a learner opens the compute comparison on a 360 px screen, switches
 * the load to a burst with the keyboard, and sees the figures follow; the page stays one column
 * wide, passes axe, and logs no errors.
 */
test('the compute comparison follows a switch to a burst on a phone', async ({ page }, testInfo) => {
  onlyOn(['phone-light', 'phone-dark'], testInfo);
  await page.goto('/simulators/compare/');
  await expect(page.getByRole('heading', { name: 'Cost over the day' })).toBeVisible();

  const summary = page.getByRole('table', { name: /All six at 12:10/ });
  await expect(summary).toBeVisible();
  const fargate = summary.getByRole('row', { name: /Fargate/ });
  const before = await fargate.innerText();
  await expect(page.getByRole('heading', { name: 'Side by side at 12:10: 2,000 requests/s' })).toBeVisible();

  // The load shapes are radio buttons: arrow keys move the choice.
  await page.getByRole('radio', { name: 'Business hours' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'A burst at noon' })).toBeChecked();

  await expect(page.getByRole('heading', { name: 'Side by side at 12:10: 2,500 requests/s' })).toBeVisible();
  await expect(fargate).not.toHaveText(before);
  await expect(
    page.getByRole('status').filter({ hasText: 'A burst at noon, peak 2,500 requests per second' }),
  ).toHaveCount(1);

  // Six cards, one column, nothing wider than the phone.
  await expect(page.getByRole('article')).toHaveCount(6);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  await expectNoAxeViolations(page);
});
