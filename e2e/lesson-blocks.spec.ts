import { test, expect, onlyOn, PAIR_A, PAIR_B } from './fixtures';

// The timeline and the compute chooser load their code only on the lessons that show them: each is
// on the page from the server, then works once that code has arrived.

test('the container history timeline steps by keyboard and by tap', async ({ page }, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/lessons/what-is-a-container/');
  const timeline = page.getByRole('tablist', { name: 'Container history' });
  const first = timeline.getByRole('tab', { name: /1979/ });
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('chroot in Version 7 Unix');
  await expect(async () => {
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(timeline.getByRole('tab', { name: /1982/ })).toHaveAttribute('aria-selected', 'true', {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(timeline.getByRole('tab', { name: /1982/ })).toBeFocused();
  await expect(page.getByRole('tabpanel')).toContainText('chroot in BSD');
  await timeline.getByRole('tab', { name: /2000/ }).click();
  await expect(page.getByRole('tabpanel')).toContainText('FreeBSD jails');
});

test('the compute chooser says whether each workload is placed as we would', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/compute-on-aws/');
  const chooser = page.getByRole('region', { name: 'Choose the compute' });
  await expect(chooser.getByRole('status')).toHaveText(/^\d+ workloads to place\.$/);
  const thumbnails = chooser.getByRole('group', { name: 'Compute for Thumbnail maker' });
  await expect(async () => {
    await thumbnails.getByRole('button', { name: 'Serverless' }).click();
    await expect(chooser.getByRole('status')).toHaveText(/^1 of 1 placed as we would, \d+ to go\.$/, {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(thumbnails.getByRole('button', { name: 'Serverless' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(chooser).toContainText('Good fit.');
  await chooser
    .getByRole('group', { name: 'Compute for Shop API' })
    .getByRole('button', { name: 'Virtual machine' })
    .click();
  await expect(chooser.getByRole('status')).toHaveText(/^1 of 2 placed as we would, \d+ to go\.$/);
  await expect(chooser).toContainText('We would choose containers.');
});
