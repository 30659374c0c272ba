import type { FrameLocator, Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A, PAIR_B } from './fixtures';
import { simulatorFrame, typeLine } from './ecs-helpers';

/**
 * An instructor's own page with the embed code pasted into it: a fresh blank page, another origin.
 * (A page from a made-up public host, or one that was on 127.0.0.1 before, cannot frame 127.0.0.1:
 * Chromium's local network access checks block it, as they would a real site framing a laptop.)
 */
async function openHostPage(page: Page, snippet: string) {
  expect(page.url()).toBe('about:blank');
  await page.setContent(
    `<!doctype html><html lang="en"><head><title>Week 3: containers</title></head><body><main><h1>Week 3: containers</h1><p>Try it here.</p>${snippet}</main></body></html>`,
  );
}

/** The fixture watches its own page's console; a second page's errors are collected the same way. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

function timeline(scope: Locator | FrameLocator | Page): Locator {
  return scope.getByRole('slider', { name: 'Timeline' });
}

test('embed code carries the simulator, at the same moment, into another site, where it still works', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  // Two tabs and a third from "Open in Dockyard", each loading a simulator: on two busy cores it outruns 60 s.
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // The course in one tab; the fixture's page, still blank, becomes the instructor's page.
  const course = await context.newPage();
  await course.emulateMedia({ reducedMotion: 'reduce' });
  const courseErrors = collectErrors(course);
  await course.goto('/simulators/vm/');
  const frame = simulatorFrame(course);
  await typeLine(frame, 'docker run -d --name embedded-web nginx:alpine');
  await typeLine(frame, 'sleep 20');
  const moment = await timeline(frame).getAttribute('aria-valuetext');
  expect(moment).not.toMatch(/^00:00 of/);

  const embedButton = frame.getByRole('button', { name: 'Embed', exact: true });
  await embedButton.click();
  const dialog = course.getByRole('dialog', { name: 'Embed this simulator' });
  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toBeFocused();
  await expect(code).toHaveValue(
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/vm\/#sim=v1\.[\w-]+\.[0-9a-z]+" title="Dockyard: Containers vs virtual machines simulator" width="100%" height="640" style="border:0" loading="lazy" allow="clipboard-write"><\/iframe>$/,
  );
  await expectNoAxeViolations(course);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
  const snippet = await course.evaluate(() => navigator.clipboard.readText());
  expect(snippet).toBe(await code.inputValue());
  await course.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(embedButton).toBeFocused();

  await course.close();
  expect(courseErrors, 'console errors in the course tab').toEqual([]);

  await openHostPage(page, snippet);
  const embedded = page.frameLocator('iframe[title="Dockyard: Containers vs virtual machines simulator"]');
  await expect(timeline(embedded)).toHaveAttribute('aria-valuetext', moment!);
  await expect(embedded.getByText('embedded-web').first()).toBeVisible();
  await expect(embedded.getByRole('heading', { level: 2 }).first()).toContainText(
    'Containers vs virtual machines · ',
  );
  await expect(embedded.getByRole('navigation')).toHaveCount(0);
  await expect(embedded.getByRole('contentinfo')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // It works inside someone else's page: it plays, and its console answers.
  await embedded.getByRole('button', { name: 'Play' }).click();
  await expect(timeline(embedded)).not.toHaveAttribute('aria-valuetext', moment!);
  await embedded.getByRole('button', { name: 'Pause' }).click();
  await typeLine(embedded.getByRole('region', { name: /simulator$/ }), 'docker ps');
  await expect(embedded.getByRole('log', { name: 'Console output' })).toContainText('embedded-web');

  // "Open in Dockyard" opens the full simulator in a new tab, where the embed had got to.
  const open = embedded.getByRole('link', { name: /Open in Dockyard/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  const embeddedMoment = await timeline(embedded).getAttribute('aria-valuetext');
  const [full] = await Promise.all([context.waitForEvent('page'), open.click()]);
  await expect(full).toHaveURL(/\/simulators\/vm\/#sim=v1\./);
  await expect(timeline(full)).toHaveAttribute('aria-valuetext', embeddedMoment!);
  await expect(full.getByRole('navigation', { name: /main/i }).first()).toBeVisible();
  await full.close();
});

test('a ?scenario= embed opens a guided scenario after its first steps, lines in the console', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/embed/ecs/?scenario=binpack-vs-spread&step=2');
  const frame = simulatorFrame(page);
  await expect(frame.getByRole('heading', { level: 2 }).first()).toContainText(
    'Amazon ECS · scenario: Binpack versus spread',
  );
  await expect(frame.getByRole('log', { name: 'Console output' })).toContainText(
    'aws ecs run-task --task-definition web --placement-strategy type=binpack,field=memory',
  );
  await expect(frame.getByRole('alert')).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The picture in words, in an embed too.
  await frame.getByRole('button', { name: 'Transcript' }).click();
  await expect(page.getByRole('dialog', { name: 'Transcript' })).toContainText(
    '$ aws ecs run-task --task-definition web --placement-strategy type=binpack,field=memory',
  );
});

test('a side-by-side embed opens at a talk step', async ({ page }, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/embed/compare/?scenario=side-by-side-burst&step=2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Choosing your compute · scenario: The side-by-side under a burst',
  );
  await expect(page.getByRole('heading', { name: /^Side by side at 12:00:/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open in Dockyard/ })).toHaveAttribute(
    'href',
    '/simulators/compare/',
  );
  await expectNoAxeViolations(page);
});

test('a broken embed address says what is wrong, with no site chrome, and the simulator still works', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/embed/ecs/#sim=v1.eyJub3QiOiJ2YWxpZCJ9.zzzz');
  const frame = simulatorFrame(page);
  await expect(frame.getByRole('alert')).toContainText('This link looks truncated or corrupted');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expectNoAxeViolations(page);
  await typeLine(frame, 'aws ecs list-clusters');
  await expect(frame.getByRole('log', { name: 'Console output' })).toContainText('cluster/default');

  await page.goto('/embed/ecs/?scenario=binpack-vs-spread&step=9');
  await expect(simulatorFrame(page).getByRole('alert')).toContainText(
    '“step=9” cannot be shown: use a number from 0 (its start) to 6',
  );
  await page.goto('/embed/vm/?preset=no-such-preset');
  await expect(simulatorFrame(page).getByRole('alert')).toContainText(
    'This embed asks for the preset “no-such-preset”, which the Containers vs virtual machines simulator does not have',
  );
});
