import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';

// Two windows and a projector layout: one desktop project is enough, and keeps CI short.
test.beforeEach(({}, testInfo) => {
  // Instructors present from a desktop browser; the audience window's layouts are checked by size inside.
  test.skip(testInfo.project.name !== 'desktop-light', 'a presenter journey on the desktop');
});

const webChips = (page: Page) => page.getByTestId('ecs-picture').getByText('web:1', { exact: true });

test('the audience window follows the presenter: next, ask the room, reveal, blank', async ({ page }) => {
  await page.goto('/present/losing-an-availability-zone/presenter/');
  await expect(page.getByTestId('ecs-picture')).toBeVisible();
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open the audience window' }).click(),
  ]);
  await expect(audience.getByText('Step 1 of 5', { exact: true })).toBeVisible();
  await expect(audience.getByTestId('ecs-picture').getByRole('article')).toHaveCount(3);
  await expectNoAxeViolations(page);

  // → opens step 2 on its question: nothing has failed yet.
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByText('Step 2 of 5', { exact: true })).toBeVisible();
  await expect(audience).toHaveURL(/\/present\/losing-an-availability-zone\/2\/$/);
  await expect(audience.getByRole('region', { name: 'Question for the room' })).toContainText(
    'Where will they run',
  );
  await expect(audience.getByText('Unavailable')).toHaveCount(0);
  await expectNoAxeViolations(audience);

  // → again reveals: the zone fails and the service replaces its tasks elsewhere.
  await page.getByRole('button', { name: 'Reveal and play →' }).click();
  await expect(audience.getByRole('region', { name: 'The answer' })).toContainText(
    'Three in us-east-1a and three in us-east-1c',
  );
  await expect(audience.getByText('Unavailable')).toBeVisible();
  await expect(page).toHaveURL(/\/present\/losing-an-availability-zone\/presenter\/2\/#answer$/);
  await expect(audience).toHaveURL(/\/present\/losing-an-availability-zone\/2\/#answer$/);

  await page.keyboard.press('b');
  await expect(audience.getByText('Paused', { exact: true })).toBeVisible();
  await page.keyboard.press('b');
  await expect(audience.getByText('Step 2 of 5', { exact: true })).toBeVisible();
});

test('a step URL lands on the same state after a reload', async ({ page }) => {
  await page.goto('/present/binpack-vs-spread/3/');
  await expect(page.getByText('Step 3 of 6', { exact: true })).toBeVisible();
  // Step 3 asks first: only step 2's one web task has run.
  await expect(page.getByRole('region', { name: 'Question for the room' })).toBeVisible();
  await expect(webChips(page)).toHaveCount(1);
  await page.reload();
  await expect(page.getByText('Step 3 of 6', { exact: true })).toBeVisible();
  await expect(webChips(page)).toHaveCount(1);
  await expect(page.getByTestId('ecs-picture')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(webChips(page)).toHaveCount(3);
  // The revealed answer is in the address too: a reload shows the step played, not the question again.
  await expect(page).toHaveURL(/\/present\/binpack-vs-spread\/3\/#answer$/);
  await page.reload();
  await expect(page.getByRole('region', { name: 'The answer' })).toBeVisible();
  await expect(webChips(page)).toHaveCount(3);
});

test('the keys: overview, go to a step, back, the key sheet, high contrast', async ({ page }) => {
  await page.goto('/present/deployment-rollback/');
  await expect(page.getByText('Step 1 of 5', { exact: true })).toBeVisible();
  // The keys work once the page has hydrated: the simulator has loaded by then.
  await expect(page.getByTestId('ecs-picture')).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Presentation keys' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: /all steps/ });
  await overview.getByRole('button', { name: /Back on web:1/ }).click();
  await expect(page.getByText('Step 4 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('g');
  await expect(page.getByRole('status').filter({ hasText: 'Go to step' })).toBeVisible();
  await page.keyboard.press('2');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Step 2 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('Step 1 of 5', { exact: true })).toBeVisible();
  await page.keyboard.press('h');
  await expect(page.locator('[data-contrast="high"]')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the presenter leaves the script from the console or a button, and the audience follows live; back to script undoes it', async ({
  page,
}) => {
  await page.goto('/present/binpack-vs-spread/presenter/');
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open the audience window' }).click(),
  ]);
  await expect(webChips(audience)).toHaveCount(0);
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill('aws ecs run-task --task-definition web --count 2');
  await input.press('Enter');
  await expect(page.getByText('Off script')).toBeVisible();
  await expect(webChips(audience)).toHaveCount(2);
  // Time runs live in both windows: the tasks start with no further line (about 3 simulated seconds).
  const running = (window: Page) => window.getByRole('button', { name: /web:1, RUNNING/ });
  await expect(running(audience)).toHaveCount(2);
  await expect(running(page)).toHaveCount(2);

  // A quick action is a line too: the zone fails in the audience window.
  await page.getByRole('button', { name: /^Fail us-east-1a/ }).click();
  await expect(audience.getByTestId('ecs-picture').getByText('Unavailable')).toBeVisible();

  await page.getByRole('button', { name: 'Back to script' }).click();
  await expect(webChips(audience)).toHaveCount(0);
  await expect(webChips(page)).toHaveCount(0);
  await expect(audience.getByTestId('ecs-picture').getByText('Unavailable')).toHaveCount(0);
});

test('a talk on the side-by-side: each step sets the load and the time, and off script the audience follows the presenter’s controls', async ({
  page,
}) => {
  await page.goto('/present/side-by-side-burst/presenter/');
  const fargateAt = (window: Page, time: string) =>
    window.getByRole('group', { name: `ECS on Fargate at ${time}` });
  await expect(fargateAt(page, '11:50')).toContainText('Answers all 1,000 req/s');
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Open the audience window' }).click(),
  ]);
  await expect(audience.getByText('Step 1 of 9', { exact: true })).toBeVisible();
  await expect(audience.getByRole('radio', { name: 'A burst at noon' })).toBeChecked();
  await expect(fargateAt(audience, '11:50')).toContainText('Answers all 1,000 req/s');
  await expectNoAxeViolations(audience);

  // Noon asks the room first: the cards still show 11:50. Revealing moves them to 12:00.
  await page.keyboard.press('ArrowRight');
  await expect(audience.getByRole('region', { name: 'Question for the room' })).toContainText('12:00');
  await expect(fargateAt(audience, '11:50')).toBeVisible();
  await page.getByRole('button', { name: 'Reveal and play →' }).click();
  await expect(fargateAt(audience, '12:00')).toContainText('Overloaded: 8,500 req/s not answered');
  // What the room reads first: all six at the minute, answered or not, in one table.
  const glance = audience.getByRole('table', { name: 'All six at 12:00' });
  await expect(glance.getByRole('row', { name: /Lambda/ })).toContainText('Answers all 10,000 req/s');
  await expect(glance.getByRole('row', { name: /Fargate/ })).toContainText('Overloaded: 8,500 req/s');
  await expect(audience).toHaveURL(/\/present\/side-by-side-burst\/2\/#answer$/);

  // The presenter changes the load: off script, and the audience window shows the same.
  await page.getByRole('radio', { name: 'A burst at noon' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Off script')).toBeVisible();
  await expect(audience.getByRole('radio', { name: 'Mostly idle' })).toBeChecked();
  await expect(fargateAt(audience, '12:00')).toContainText('No requests');

  await page.getByRole('button', { name: 'Back to script' }).click();
  await expect(audience.getByRole('radio', { name: 'A burst at noon' })).toBeChecked();
  await expect(fargateAt(audience, '12:00')).toContainText('Overloaded: 8,500 req/s not answered');
});

test('the list of scenarios says how long each is and what it teaches', async ({ page }) => {
  await page.goto('/present/');
  await expect(
    page.getByRole('main').getByRole('list').first().getByRole('heading', { level: 2 }),
  ).toHaveCount(10);
  await expect(page.getByRole('heading', { name: 'Your own scenario' })).toBeVisible();
  await expect(
    page.getByText('11 minutes · 5 steps · 2 questions for the room · Amazon EKS simulator'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the handout prints every step on its own page, with the simulator as it stands then', async ({
  page,
}) => {
  await page.goto('/present/losing-an-availability-zone/handout/');
  await expect(page.getByTestId('ecs-picture')).toHaveCount(5);
  await page.emulateMedia({ media: 'print' });
  const steps = page.locator('.handout-step');
  await expect(steps).toHaveCount(5);
  for (const index of [0, 4]) {
    expect(await steps.nth(index).evaluate((element) => getComputedStyle(element).breakAfter)).toBe('page');
  }
  await expect(page.getByRole('banner')).toBeHidden();
  // Step 2 is drawn after its zone failed.
  await expect(steps.nth(1).getByText('Unavailable')).toBeVisible();
  await expect(steps.nth(0).getByText('Unavailable')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('save a sandbox session as a scenario, open the file on /present, and present it', async ({ page }) => {
  await page.goto('/simulators/ecs/');
  const input = page.getByRole('textbox', { name: 'Command' });
  await input.fill('aws ecs list-clusters');
  await input.press('Enter');
  await input.fill('chaos fail-az us-east-1b');
  await input.press('Enter');
  await expect(page.getByText(/is down \(simulated\)/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as scenario' }).click(),
  ]);
  const path = await download.path();
  expect(download.suggestedFilename()).toBe('ecs-scenario.yaml');

  await page.goto('/present/');
  const picker = page.getByLabel('Open a scenario file (.yaml or .json)');
  // A broken file first: the problems are named, field by field.
  await picker.setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('id: Broken Demo\nsimulator: nomad\n'),
  });
  const refused = page.getByRole('alert').filter({ hasText: 'broken.yaml is not a scenario' });
  await expect(refused).toContainText('simulator:');
  await expect(refused).toContainText('steps:');
  await expectNoAxeViolations(page);

  await picker.setInputFiles(path);
  const ready = page.getByRole('status').filter({ hasText: 'My scenario' });
  await expect(ready).toContainText('2 steps, checked.');
  await ready.getByRole('button', { name: 'Present it' }).click();
  await expect(page).toHaveURL(/\/present\/custom\/presenter\/$/);
  await expect(page.getByText('Step 1 of 2', { exact: true })).toBeVisible();
  await expect(page.getByTestId('ecs-picture')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/present\/custom\/presenter\/#2$/);
  await expect(page.getByTestId('ecs-picture').getByText('Unavailable')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Step 2 of 2', { exact: true })).toBeVisible();
});
