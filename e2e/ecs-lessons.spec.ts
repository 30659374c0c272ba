import { test, expect, expectNoAxeViolations, PAIR_A, PAIR_B, onlyOn } from './fixtures';
import { runningCount, simulatorFrame } from './ecs-helpers';
import type { Locator } from '@playwright/test';

/** Answers the current "predict, then play" moment: plays it, skips to its end, shows what happened. */
async function playMoment(frame: Locator) {
  await frame.getByRole('button', { name: 'Play and see' }).click();
  const skip = frame.getByRole('button', { name: 'Skip ahead' });
  if (await skip.isVisible().catch(() => false)) await skip.click();
  await expect(frame.getByRole('heading', { name: 'What happened', exact: true })).toBeVisible();
}

test('lose an Availability Zone and watch the service recover, then rebalance', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/lessons/why-orchestration/');
  const frame = simulatorFrame(page, 'A web service across three Availability Zones');
  await frame.scrollIntoViewIfNeeded();
  const service = frame.getByRole('group', { name: /Service web/ });
  await expect(runningCount(service)).toHaveText('6');

  await playMoment(frame); // a container crashes and is replaced
  await frame.getByRole('button', { name: 'Next' }).click();
  await expect(frame.getByText(/us-east-1b is about to fail/).first()).toBeVisible();
  await playMoment(frame);
  const zoneB = frame.getByRole('group', { name: /Availability Zone us-east-1b/ });
  await expect(zoneB).toContainText('Unavailable');
  await expect(runningCount(service)).toHaveText('6');
  await expect(
    frame.getByRole('group', { name: /Availability Zone us-east-1a/ }).getByText('RUNNING', { exact: true }),
  ).toHaveCount(3);
  await expectNoAxeViolations(page);

  await frame.getByRole('button', { name: 'Next' }).click();
  await playMoment(frame);
  await expect(service).toContainText(
    'is AZ balanced with 2 tasks in us-east-1a, 2 tasks in us-east-1b, and 2 tasks in us-east-1c',
  );
  await frame.getByRole('button', { name: 'Finish' }).click();
});

test('the placement explainer, by keyboard: why binpack chose this host', async ({ page }, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/lessons/services-and-placement/');
  const frame = simulatorFrame(page, 'Placement playground');
  await frame.getByRole('button', { name: 'Play and see' }).focus();
  await page.keyboard.press('Enter');
  const skip = frame.getByRole('button', { name: 'Skip ahead' });
  await skip.focus();
  await page.keyboard.press('Enter');

  const why = frame.getByRole('group', { name: 'Why this host?' });
  await expect(why).toContainText('binpack(memory)');
  const chosen = why.getByRole('listitem').filter({ hasText: 'chosen' });
  await expect(chosen).toHaveCount(1);
  await expect(chosen).toContainText('us-east-1b');
  await expect(why.getByRole('listitem').filter({ hasText: /ranked/ })).toHaveCount(3);

  const inspect = chosen.getByRole('button').first();
  await inspect.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('aws ecs describe-container-instances');
  await expect(dialog).toContainText('"remainingResources"');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(inspect).toBeFocused();
});

test('a share link restores a cluster in the middle of a rolling deployment', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/lessons/ecs-deployments/');
  const frame = simulatorFrame(page, 'Ready for a rolling update');
  await playMoment(frame);
  const deployments = frame.getByRole('group', { name: /Service web/ });
  await expect(deployments).toContainText('PRIMARY');
  await expect(deployments).toContainText('ACTIVE');
  const moment = await frame.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuetext');

  await frame.getByRole('button', { name: /Copy share link/ }).click();
  await expect(frame.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/simulators\/ecs\/#sim=/);

  const other = await context.newPage();
  await other.emulateMedia({ reducedMotion: 'reduce' });
  await other.goto(link);
  const restored = simulatorFrame(other);
  await expect(restored.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', moment!);
  const service = restored.getByRole('group', { name: /Service web/ });
  await expect(service).toContainText('PRIMARY');
  await expect(service).toContainText('ACTIVE');
  await expect(service).toContainText('web:2');
  await expect(runningCount(service)).toHaveText('8');
  await expectNoAxeViolations(other);
  await other.close();
});
