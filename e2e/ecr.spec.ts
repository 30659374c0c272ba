import { test, expect, expectNoAxeViolations, PAIR_A, PAIR_B, onlyOn } from './fixtures';
import { simulatorFrame, typeLine } from './ecs-helpers';
import { encodeShareLink } from '../lib/sim/core/share-link';
import { REGISTRY_HOST } from '../lib/sim/ecr/figures';
import { ecrSimulator } from '../lib/sim/ecr/simulator';
import { sessionForPreset } from '../lib/sim/simulator-entry';

const WEB = `${REGISTRY_HOST}/web`;

test('tag the built image for ECR, log in and push it: the registry shows it by its digest', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/ecr/');
  const frame = simulatorFrame(page);
  const picture = frame.getByTestId('ecr-picture');
  const registry = picture.getByRole('group', { name: 'The registry' });
  const laptop = picture.getByRole('group', { name: 'The laptop' });
  const consoleOutput = frame.getByRole('log', { name: 'Console output' });
  await expect(
    laptop.getByRole('article', { name: /^Image web:1\.0, IMAGE ID [0-9a-f]{12}$/ }),
  ).toBeVisible();
  await expect(registry.getByRole('article', { name: 'Repository web' })).toContainText('No images yet');
  await expectNoAxeViolations(page);

  await frame.getByRole('button', { name: /^Tag web:1\.0 for ECR/ }).click();
  await frame.getByRole('button', { name: /^Log in to ECR/ }).click();
  await expect(consoleOutput).toContainText('Login Succeeded');
  await expect(laptop).toContainText('Logged in to ECR');
  await frame.getByRole('button', { name: /^Push web:1\.0/ }).click();
  await expect(consoleOutput).toContainText(`The push refers to repository [${WEB}]`);
  const digest = (await consoleOutput.innerText()).match(/1\.0: digest: sha256:([0-9a-f]{12})/)?.[1];
  expect(digest).toBeDefined();

  const image = registry.getByRole('listitem', { name: `Image 1.0, digest ${digest}` });
  await expect(image).toContainText(`sha256:${digest}`);
  await expect(image).toContainText('Scan in progress');
  await expect(laptop).toContainText(`In ECR as digest ${digest}`);
  await expect(picture.getByTestId('ecr-last-transfer')).toContainText(
    'Pushed web:1.0: 7 layers uploaded, 0 already in the repository',
  );
  await typeLine(frame, 'sleep 30');
  await expect(image).toContainText('Scan: no findings');
  await expectNoAxeViolations(page);
});

test('an immutable repository refuses a changed image under the same tag, and the picture says why', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  // The immutable preset, opened as a share link would open it.
  const hash = encodeShareLink(sessionForPreset(ecrSimulator, 'immutable'));
  await page.goto(`/simulators/ecr/${hash}`);
  const frame = simulatorFrame(page);
  const picture = frame.getByTestId('ecr-picture');
  const repository = picture.getByRole('article', { name: 'Repository web' });
  await expect(repository).toContainText('IMMUTABLE tags');

  await typeLine(frame, `docker build -t ${WEB}:1.0 --label v=2 .`);
  await typeLine(frame, `docker push ${WEB}:1.0`);
  const message =
    "tag invalid: The image tag '1.0' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.";
  await expect(frame.getByRole('log', { name: 'Console output' })).toContainText(message);
  const transfer = picture.getByTestId('ecr-last-transfer');
  await expect(transfer).toContainText('Last push: refused');
  await expect(transfer).toContainText(message);
  await expect(transfer).toContainText('Why: web has IMMUTABLE tags.');
  // Still one image in the repository: the refused push changed nothing there.
  await expect(repository.getByRole('list', { name: 'Images in web' }).getByRole('listitem')).toHaveCount(1);
  await expectNoAxeViolations(page);
});
