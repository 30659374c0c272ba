import { test, expect, expectNoAxeViolations, PAIR_B, onlyOn } from './fixtures';
import { runningCount, simulatorFrame, typeLine } from './ecs-helpers';
import { REGISTRY_HOST } from '../lib/sim/ecr/figures';

const SITE = `${REGISTRY_HOST}/site`;

const TASK_DEFINITION = `{
  "family": "site",
  "containerDefinitions": [ { "name": "site", "image": "${SITE}:1.0", "essential": true, "portMappings": [ { "containerPort": 80 } ] } ],
  "requiresCompatibilities": [ "FARGATE" ],
  "networkMode": "awsvpc",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "memory": "512",
  "cpu": "256"
}`;

test('build an image, push it to ECR and run it on Fargate as a service', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/ecs/');
  const frame = simulatorFrame(page);
  const consoleOutput = frame.getByRole('log', { name: 'Console output' });

  await typeLine(frame, 'aws ecr create-repository --repository-name site');
  await typeLine(frame, `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`);
  await expect(consoleOutput).toContainText('Login Succeeded');
  await typeLine(frame, `docker build -t ${SITE}:1.0 .`);
  await expect(consoleOutput).toContainText(`naming to ${SITE}:1.0`);
  await typeLine(frame, `docker push ${SITE}:1.0`);
  await expect(consoleOutput).toContainText(/1\.0: digest: sha256:[0-9a-f]{64} size: \d+/);

  await frame.getByRole('button', { name: 'Task definition editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Task definition editor' });
  const editor = dialog.getByRole('textbox').first();
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(TASK_DEFINITION);
  await dialog.getByRole('button', { name: /Register revision/ }).click();
  await expect(dialog.getByText('Registered site:1.')).toBeVisible();
  await page.keyboard.press('Escape');

  await typeLine(
    frame,
    'aws ecs create-service --service-name site --task-definition site --desired-count 2 --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829],assignPublicIp=ENABLED}"',
  );
  await typeLine(frame, 'sleep 90');
  await expect(runningCount(frame.getByRole('group', { name: /Service site/ }))).toHaveText('2');
  await expectNoAxeViolations(page);
});
