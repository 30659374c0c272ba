import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A, PAIR_B } from './fixtures';
import { simulatorFrame } from './ecs-helpers';
import { tabTo } from './keyboard';

/**
 * A keyboard-only pass over each simulator (the VM one is in burst-by-keyboard.spec.ts): Tab reaches
 * every control used, a command is typed and run, time is played with the frame's shortcuts, and the
 * transcript (every command and event as text, the words behind the animation) opens and closes from
 * the keyboard with focus back where it was. What happens is also written to the live logs a screen
 * reader announces.
 */

async function typeCommand(page: Page, line: string) {
  await tabTo(page, /^Command$/);
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** Escape leaves the console for the frame, k plays, and k again pauses once `lines` grows by `more`. */
async function playUntilMore(page: Page, frame: Locator, lines: Locator, more: number) {
  const before = await lines.count();
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await expect(frame.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(async () => expect(await lines.count()).toBeGreaterThanOrEqual(before + more)).toPass({
    timeout: 30_000,
  });
  await page.keyboard.press('k');
  await expect(frame.getByRole('button', { name: 'Play' })).toBeVisible();
}

async function readTranscript(page: Page, expected: RegExp[]) {
  await tabTo(page, /^Transcript$/, { backwards: true });
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Transcript' });
  await expect(dialog).toBeVisible();
  for (const line of expected) await expect(dialog).toContainText(line);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Transcript' })).toBeFocused();
}

test('Amazon ECS with the keyboard alone: register, run two tasks, play, read the transcript', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/ecs/');
  const frame = simulatorFrame(page);
  const consoleOutput = frame.getByRole('log', { name: 'Console output' });
  await expect(frame.getByRole('textbox', { name: 'Command', exact: true })).toBeVisible();

  await typeCommand(
    page,
    'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256',
  );
  await expect(consoleOutput).toContainText('task-definition/web:1');
  await page.keyboard.type('aws ecs run-task --cluster default --task-definition web --count 2');
  await page.keyboard.press('Enter');
  await expect(consoleOutput).toContainText('"lastStatus": "PENDING"');

  const events = frame.getByRole('log', { name: 'Simulator events' });
  await playUntilMore(page, frame, events.getByText(/ECS Task State Change: task .* is RUNNING/), 2);
  await readTranscript(page, [/\$ aws ecs run-task --cluster default --task-definition web --count 2/, /RUNNING/]);
  await expectNoAxeViolations(page);
});

test('Amazon EKS with the keyboard alone: scale the Deployment, play, read the transcript', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/eks/');
  const frame = simulatorFrame(page);
  const consoleOutput = frame.getByRole('log', { name: 'Console output' });
  await expect(frame.getByRole('textbox', { name: 'Command', exact: true })).toBeVisible();

  await typeCommand(page, 'kubectl scale deployment web --replicas=5');
  await expect(consoleOutput).toContainText('deployment.apps/web scaled');

  const events = frame.getByRole('log', { name: 'Simulator events' });
  await playUntilMore(page, frame, events.getByText(/Started container web/), 2);
  await readTranscript(page, [/\$ kubectl scale deployment web --replicas=5/, /Scheduled/]);
  await expectNoAxeViolations(page);
});

test('Amazon ECR with the keyboard alone: tag, log in and push by buttons; the push is told in words', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/ecr/');
  const frame = simulatorFrame(page);
  const consoleOutput = frame.getByRole('log', { name: 'Console output' });
  await expect(frame.getByRole('button', { name: /^Tag web:1\.0 for ECR/ })).toBeVisible();

  for (const button of [/^Tag web:1\.0 for ECR/, /^Log in to ECR/, /^Push web:1\.0/]) {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  }
  // The console log (announced as it grows) and the picture's own words for the transfer animation.
  await expect(consoleOutput).toContainText('Login Succeeded');
  await expect(consoleOutput).toContainText(/1\.0: digest: sha256:[0-9a-f]{12}/);
  await expect(frame.getByTestId('ecr-last-transfer')).toContainText(
    'Pushed web:1.0: 7 layers uploaded, 0 already in the repository',
  );
  await expect(frame.getByText('docker push (last: done)')).toBeAttached();
  await readTranscript(page, [/\$ docker push /, /Pushed web:1\.0: 7 layers uploaded/]);
  await expectNoAxeViolations(page);
});

test('the compute comparison with the keyboard alone: choose the load, play the day, move the minute', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/compare/');
  const status = page.getByRole('status').filter({ hasText: /Cost of the day/ });
  await expect(status).toContainText('Business hours');

  await tabTo(page, /^Business hours/);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'A burst at noon' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'A burst at noon' })).toBeFocused();
  await expect(status).toContainText('A burst at noon, peak 2,500 requests per second');

  const minute = page.getByRole('slider', { name: /^Time of day/ });
  await tabTo(page, /^Play the day$/);
  const start = await minute.getAttribute('aria-valuetext');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await expect(minute).not.toHaveAttribute('aria-valuetext', start!);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play the day' })).toBeFocused();

  // The next stop is the time of day itself: an arrow key moves it ten minutes, and the figures follow.
  await page.keyboard.press('Tab');
  await expect(minute).toBeFocused();
  const paused = Number(await minute.inputValue());
  await page.keyboard.press('ArrowRight');
  await expect(minute).toHaveValue(String(paused + 10));
  const shown = await minute.getAttribute('aria-valuetext');
  await expect(page.getByRole('heading', { name: new RegExp(`^Side by side at ${shown}: `) })).toBeVisible();
  await expectNoAxeViolations(page);
});
