import { test, expect, expectNoAxeViolations, PAIR_B, onlyOn } from './fixtures';
import { tabTo } from './keyboard';

test('an instructor runs the burst scenario with the keyboard alone', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/vm/');
  const frame = page.getByRole('region', { name: /simulator$/ });
  await expect(frame.getByText(/^2 replicas ready: containers/)).toBeVisible();
  await expectNoAxeViolations(page);

  await tabTo(page, /Traffic ×10/);
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('log', { name: 'Console output' })).toContainText('$ traffic 2000');

  await tabTo(page, /Scale both to 20 replicas/);
  await page.keyboard.press('Enter');
  await expect(frame.getByRole('log', { name: 'Console output' })).toContainText('--count 18');

  // Shortcuts: k plays, ] speeds up (to 8×), ? opens the shortcut sheet.
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Simulator keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  for (const key of ['k', ']', ']', ']']) await page.keyboard.press(key);
  await expect(frame.getByRole('combobox', { name: /Speed/ })).toHaveValue('8');

  await expect(frame.getByText(/20 replicas ready: containers after .+, VMs after/)).toBeVisible({
    timeout: 45_000,
  });
  await page.keyboard.press('k');
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(frame.getByRole('log', { name: 'Simulator events' })).toContainText(/app ready/);

  // Step back and forward through the recorded history by keyboard.
  const timeline = frame.getByRole('slider', { name: 'Timeline' });
  await page.keyboard.press('l');
  const before = await timeline.getAttribute('aria-valuetext');
  await page.keyboard.press('j');
  await expect(timeline).not.toHaveAttribute('aria-valuetext', before!);
  await page.keyboard.press('l');
  await expect(timeline).toHaveAttribute('aria-valuetext', before!);
  await expectNoAxeViolations(page);
});
