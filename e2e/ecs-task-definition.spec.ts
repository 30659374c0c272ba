import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A } from './fixtures';
import { runningCount, simulatorFrame, typeLine } from './ecs-helpers';

const FIXED = `{
  "family": "webserver",
  "containerDefinitions": [ { "name": "web", "image": "nginx", "memory": 100, "cpu": 99 } ],
  "requiresCompatibilities": [ "FARGATE" ],
  "networkMode": "awsvpc",
  "memory": "512",
  "cpu": "256"
}`;

test('register the seed’s broken task definition, read the error, fix it and run it as a service', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/ecs/');
  const frame = simulatorFrame(page);
  await frame.getByRole('button', { name: 'Task definition editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Task definition editor' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: "Load the seed's webserver example" }).click();

  // The AWS CLI's own refusal, word for word, while typing (the seed prints container cpu/memory as strings).
  const status = dialog.getByRole('status').filter({ hasText: 'Parameter validation failed' });
  await expect(status).toContainText(
    "Invalid type for parameter containerDefinitions[0].memory, value: 100, type: <class 'str'>, valid types: <class 'int'>",
  );
  await expectNoAxeViolations(page);

  const editor = dialog.getByRole('textbox').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(FIXED);
  await expect(dialog.getByText('Parameter validation failed')).toHaveCount(0);
  await dialog.getByRole('button', { name: /Register revision/ }).click();
  await expect(dialog.getByText('Registered webserver:1.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(frame.getByRole('button', { name: 'Task definition editor' })).toBeFocused();

  await typeLine(
    frame,
    'aws ecs create-service --service-name webserver --task-definition webserver --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829],assignPublicIp=ENABLED}"',
  );
  await typeLine(frame, 'sleep 90');
  const service = frame.getByRole('group', { name: /Service webserver/ });
  await expect(runningCount(service)).toHaveText('2');
  await expect(frame.getByTestId('ecs-picture')).toContainText('webserver:1');
  await expectNoAxeViolations(page);
});
