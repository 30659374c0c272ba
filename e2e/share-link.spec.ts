import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A, PAIR_B } from './fixtures';
import { encodeSharedSimulation } from '../lib/sim/core/share-link';

async function runInConsole(page: import('@playwright/test').Page, line: string) {
  const input = page.getByRole('textbox', { name: 'Command', exact: true });
  await input.fill(line);
  await input.press('Enter');
}

test('a share link opens the simulator at the same moment with the same state', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/simulators/vm/');
  const frame = page.getByRole('region', { name: /simulator$/ });
  await runInConsole(page, 'docker run -d --name shared-web nginx:alpine');
  await runInConsole(page, 'sleep 20');
  await frame.getByRole('button', { name: 'Step forward' }).click();
  const timeline = frame.getByRole('slider', { name: 'Timeline' });
  const moment = await timeline.getAttribute('aria-valuetext');
  expect(moment).not.toMatch(/^00:00 of/);

  await frame.getByRole('button', { name: /Copy share link/ }).click();
  await expect(frame.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/simulators\/vm\/#sim=/);

  const other = await context.newPage();
  await other.emulateMedia({ reducedMotion: 'reduce' });
  await other.goto(link);
  const otherFrame = other.getByRole('region', { name: /simulator$/ });
  await expect(otherFrame.getByRole('slider', { name: 'Timeline' })).toHaveAttribute(
    'aria-valuetext',
    moment!,
  );
  await expect(otherFrame.getByText('shared-web').first()).toBeVisible();
  await otherFrame.getByRole('button', { name: 'Transcript' }).click();
  await expect(other.getByRole('dialog', { name: 'Transcript' })).toContainText(
    '$ docker run -d --name shared-web nginx:alpine',
  );
  await expectNoAxeViolations(other);
  await other.close();
});

test('a tampered share link says what is wrong and leaves a working simulator', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/vm/#sim=v1.eyJub3QiOiJ2YWxpZCJ9.zzzz');
  const alert = page.getByRole('region', { name: /simulator$/ }).getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/link/i);
  await expectNoAxeViolations(page);

  await runInConsole(page, 'docker run -d nginx');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(/[0-9a-f]{64}/);
});

test('a link made by an older engine version says so before replaying', async ({ page }, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  const hash = encodeSharedSimulation({
    engineId: 'vm',
    engineVersion: 0,
    seed: 7,
    log: [{ at: 0, command: { type: 'SetTraffic', rps: 500 }, line: 'traffic 500' }],
    position: { step: 1, now: 5000 },
  });
  await page.goto(`/simulators/vm/${hash}`);
  const alert = page.getByRole('region', { name: /simulator$/ }).getByRole('alert');
  await expect(alert).toContainText(/version 0/);
  await alert.getByRole('button', { name: /Open it anyway/ }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuetext', /^00:05 of/);
});

test('full screen from a lesson keeps the scenario, seed and moment', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/containers-vs-vms/');
  const density = page.getByRole('region', { name: /Density simulator$/ });
  await density.scrollIntoViewIfNeeded();
  const seed = (await density.getByRole('heading', { level: 2 }).innerText()).match(/seed (\d+)/)?.[1];
  await density.getByRole('button', { name: 'Full screen' }).click();
  await expect(page).toHaveURL(/\/simulators\/vm\/#sim=/);
  const frame = page.getByRole('region', { name: /simulator$/ });
  await expect(frame.getByRole('heading', { level: 2 })).toContainText(`seed ${seed}`);
  await expect(frame.getByText(/more t3\.small VMs fit|host is full/i).first()).toBeVisible();
});
