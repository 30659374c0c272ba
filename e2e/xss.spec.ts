import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { simulatorFrame, typeLine } from './ecs-helpers';
import { encodeSharedSimulation } from '../lib/sim/core/share-link';

/**
 * Learner-controlled text carrying markup is shown as text and never runs. Two nets: the payload
 * sets `window.__pwned` if it ever runs, and if it were ever parsed as HTML the page's CSP would
 * block the handler and log a violation, which fails the journey's console check.
 */
const PAYLOAD = '<img src=x onerror=window.__pwned=1><script>window.__pwned=1</script>';

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
}

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-light', 'the payloads behave alike in every project');
});

test('a console line with markup is echoed as text, and so is its share link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/simulators/vm/');
  const frame = simulatorFrame(page);
  await typeLine(frame, `docker run -d --name "${PAYLOAD}" nginx:alpine`);
  await expect(frame.getByText(PAYLOAD).first()).toBeVisible();
  await expectNothingRan(page);

  await frame.getByRole('button', { name: /Copy share link/ }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const other = await context.newPage();
  await other.goto(link);
  await simulatorFrame(other).getByRole('button', { name: 'Transcript' }).click();
  await expect(other.getByRole('dialog', { name: 'Transcript' })).toContainText(PAYLOAD);
  await expectNothingRan(other);
});

test('a hand-made share link carrying markup is refused in words, as text', async ({ page }) => {
  const link = encodeSharedSimulation({
    engineId: 'vm',
    engineVersion: 1,
    seed: 1,
    log: [{ at: 0, command: { type: PAYLOAD } as never, line: PAYLOAD }],
    position: { step: 1, now: 0 },
  } as never);
  await page.goto(`/simulators/vm/#${link}`);
  await expect(simulatorFrame(page).getByRole('alert')).toBeVisible();
  await expectNothingRan(page);
});

test('a progress file with markup in its name and content is refused as text', async ({ page }) => {
  await page.goto('/');
  // As a learner finds it: Import opens the file picker once the page and the saved progress are loaded.
  await expect(page.getByRole('button', { name: 'Import progress' })).toBeEnabled();
  await page.getByLabel('Progress file to import').setInputFiles({
    name: `${PAYLOAD}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'dockyard', kind: 'progress', version: PAYLOAD, lessons: { [PAYLOAD]: PAYLOAD } })),
  });
  await expect(page.getByText(`Could not import ${PAYLOAD}.json`, { exact: false })).toBeVisible();
  await expectNothingRan(page);
});

test('a task definition named with markup gets the AWS refusal, as text', async ({ page }) => {
  await page.goto('/simulators/ecs/');
  const frame = simulatorFrame(page);
  await frame.getByRole('button', { name: 'Task definition editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Task definition editor' });
  await dialog.getByRole('textbox').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(
    JSON.stringify({ family: PAYLOAD, containerDefinitions: [{ name: PAYLOAD, image: 'nginx', memory: 128 }] }, null, 2),
  );
  await dialog.getByRole('button', { name: /Register revision/ }).click();
  await expect(dialog.getByRole('status').first()).toContainText('Family contains invalid characters.');
  // The service line the editor writes for the family quotes it, as text.
  await expect(dialog.getByText(`--service-name '${PAYLOAD}'`)).toBeVisible();
  await expectNothingRan(page);
});

test('a manifest named with markup gets kubectl’s refusal, as text', async ({ page }) => {
  await page.goto('/simulators/eks/');
  const frame = simulatorFrame(page);
  await frame.getByRole('button', { name: 'Manifest editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manifest editor' });
  await dialog.getByRole('textbox', { name: 'Kubernetes manifest YAML' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(
    `apiVersion: v1\nkind: Pod\nmetadata:\n  name: "${PAYLOAD}"\nspec:\n  containers:\n    - name: web\n      image: nginx\n`,
  );
  await expect(dialog.getByRole('status').filter({ hasText: 'is invalid' })).toContainText(PAYLOAD);
  await expectNothingRan(page);
});
