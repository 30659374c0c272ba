import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { startStaticServer } from './static-server';
import { test, expect, expectNoAxeViolations } from './fixtures';

// These journeys let the service worker in (the others block it) and save the whole course: one project is enough.
test.use({ serviceWorkers: 'allow' });
test.beforeEach(({}, testInfo) => {
  // The service worker and the cache do not depend on the screen or the theme.
  test.skip(testInfo.project.name !== 'desktop-light', 'the service worker works the same on every screen');
  // Saving the whole course (800+ files, 20+ MB) takes most of a minute on two busy cores.
  test.slow();
});

const footerStatus = (page: Page) => page.getByRole('contentinfo').getByRole('status');

async function saveTheCourse(page: Page, address = '/') {
  await page.goto(address);
  await expect(footerStatus(page)).toContainText('Available offline', { timeout: 150_000 });
}

test('after one visit the course works with no network: lessons, search, simulators, and a scenario presented from a file', async ({
  page,
  context,
  consoleErrors,
}) => {
  await saveTheCourse(page);
  await expectNoAxeViolations(page);
  await context.setOffline(true);

  // A page never opened before, by address and by a link.
  await page.goto('/lessons/ecs-deployments/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Search: Pagefind's code, its WASM and the index are saved with the rest.
  const search = page.getByRole('dialog', { name: 'Search the course' });
  // The heading is in the HTML: `/` works once the page has hydrated, so try until it does.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(search).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await search.getByRole('combobox', { name: 'Search lessons, glossary and questions' }).fill('Bottlerocket');
  await expect(search.getByRole('option', { name: /ECS-optimized AMI/ })).toBeVisible({ timeout: 20_000 });
  await page.keyboard.press('Escape');
  await page.getByRole('banner').getByRole('link', { name: 'Practice' }).click();
  await expect(page).toHaveURL(/\/practice\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A simulator, its code loaded on demand, and a scenario saved from it.
  await page.goto('/simulators/ecs/');
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill('chaos fail-az us-east-1b');
  await input.press('Enter');
  await expect(page.getByText(/is down \(simulated\)/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as scenario' }).click(),
  ]);

  await page.goto('/present/');
  await page.getByLabel('Open a scenario file (.yaml or .json)').setInputFiles(await download.path());
  const ready = page.getByRole('status').filter({ hasText: 'My scenario' });
  await ready.getByRole('button', { name: 'Present it' }).click();
  await expect(page.getByText('Step 1 of 2', { exact: true })).toBeVisible();
  await expect(page.getByTestId('ecs-picture')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('ecs-picture').getByText('Unavailable')).toBeVisible();

  // An address the course does not have gets the course's own 404 page.
  await page.goto('/lessons/no-such-lesson/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  // The browser logs the 404 status itself: the one console error this journey expects.
  expect(consoleErrors).toEqual(['Failed to load resource: the server responded with a status of 404 ()']);
  consoleErrors.length = 0;
});

test('a new version waits for the learner, then Reload switches to it', async ({ page }) => {
  const host = await startStaticServer('out');
  try {
    await saveTheCourse(page, `${host.url}/`);
    // Deploy a "new version": the same files under another version, as a rebuild gives.
    const worker = await readFile('out/sw.js', 'utf8');
    host.replace('/sw.js', worker.replace(/dockyard-[0-9a-f]{12}/, 'dockyard-e2e000000000'));
    await page.evaluate(() =>
      navigator.serviceWorker.getRegistration().then((registration) => registration?.update()),
    );

    const prompt = page.getByRole('region', { name: 'New version' });
    await expect(prompt).toContainText('A new version of Dockyard is ready', { timeout: 60_000 });
    await expect(footerStatus(page)).toContainText('A new version is ready.');
    await expectNoAxeViolations(page);
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect(prompt).toHaveCount(0);
    await expect(footerStatus(page)).toContainText('Available offline');
    // The new version's saved copy replaced the old one.
    await expect.poll(() => page.evaluate(() => window.caches.keys())).toEqual(['dockyard-e2e000000000']);
  } finally {
    await host.close();
  }
});
