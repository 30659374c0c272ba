import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A, PAIR_B } from './fixtures';
import { simulatorFrame, typeLine } from './ecs-helpers';

const SHOP = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  replicas: 2
  selector:
    matchLabels:
      app: shop
  template:
    metadata:
      labels:
        app: shop
    spec:
      containers:
        - name: shop
          image: nginx:1.27
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
---
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  selector:
    app: shop
  ports:
    - port: 80
`;

test('write a Deployment and its Service in the manifest editor, read kubectl’s error, fix it and apply', async ({
  page,
}, testInfo) => {
  // Each journey runs on two of the four projects, together covering both widths and both themes: the
  // EKS picture is the same on all four, and the suite has a time budget.
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/eks/');
  const frame = simulatorFrame(page);
  await frame.getByRole('button', { name: 'Manifest editor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Manifest editor' });
  await expect(dialog).toBeVisible();

  const editor = dialog.getByRole('textbox', { name: 'Kubernetes manifest YAML' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(SHOP.replace('  replicas: 2', '  replica: 2'));
  // kubectl's strict decoding, word for word, while typing, and the field marked in the text.
  await expect(dialog.getByRole('status').filter({ hasText: 'would print' })).toContainText(
    'unknown field "spec.replica"',
  );
  await expect(dialog.locator('.cm-lintRange-error')).toHaveText('replica');
  await expectNoAxeViolations(page);

  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(SHOP);
  await expect(dialog.getByRole('status').filter({ hasText: 'accepts shop.yaml' })).toContainText(
    'deployment.apps/shop created\nservice/shop created',
  );
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog.getByText('Applied. kubectl printed:')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Download shop.yaml' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(frame.getByRole('button', { name: 'Manifest editor' })).toBeFocused();

  await typeLine(frame, 'sleep 30');
  const picture = frame.getByTestId('eks-picture');
  await expect(
    picture.getByRole('button', { name: /^Pod shop-[a-z0-9]+-[a-z0-9]{5}, Running\./ }),
  ).toHaveCount(2);
  await expect(picture.getByRole('group', { name: 'Deployments and Services' })).toContainText('READY 2/2');
  await expect(picture.getByRole('group', { name: 'Deployments and Services' })).toContainText(
    '2 ready endpoints',
  );
  await expectNoAxeViolations(page);
});

test('a pod too big for every node stays Pending, and the picture says why, node by node', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/eks/');
  const frame = simulatorFrame(page);
  await typeLine(frame, 'kubectl apply -f big.yaml');
  await typeLine(frame, 'sleep 5');
  const waiting = frame.getByRole('group', { name: 'Pods waiting for a node' });
  await expect(waiting).toContainText('0/3 nodes are available: 3 Insufficient memory.');
  const why = frame.getByRole('group', { name: 'Why this node?' });
  await expect(why).toContainText('The scheduler found no node for big-');
  await expect(why.getByRole('list', { name: 'Nodes considered' }).getByRole('listitem')).toHaveCount(3);
  await expect(why).toContainText('Filtered out by NodeResourcesFit: Insufficient memory');

  await waiting.getByRole('button', { name: /^Pod big-/ }).click();
  const describe = page.getByRole('dialog', { name: /^Pod big-/ });
  await expect(describe).toContainText('Status:           Pending');
  await expect(describe).toContainText('Warning  FailedScheduling');
  await expectNoAxeViolations(page);
});

test('drain a node: it is cordoned, its pods are evicted and replaced on the others', async ({
  page,
}, testInfo) => {
  // Each journey runs on two of the four projects, together covering both widths and both themes: the
  // EKS picture is the same on all four, and the suite has a time budget.
  onlyOn(PAIR_B, testInfo);
  await page.goto('/simulators/eks/');
  const frame = simulatorFrame(page);
  const drain = frame.getByRole('button', { name: /^Drain ip-/ });
  const nodeName = ((await drain.locator('span').first().textContent()) ?? '').replace('Drain ', '');
  await drain.click();
  await expect(frame.getByRole('log').or(frame.locator('[data-sim-console-output]')).first()).toContainText(
    `node/${nodeName}.ec2.internal cordoned`,
  );
  const node = frame.getByRole('article', { name: `Node ${nodeName}.ec2.internal` });
  await expect(node).toContainText('Ready,SchedulingDisabled');
  await typeLine(frame, 'sleep 30');
  await expect(node.getByRole('button', { name: /^Pod web-/ })).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /^Pod web-[a-z0-9]+-[a-z0-9]{5}, Running\./ })).toHaveCount(
    3,
  );
  await expect(frame.getByRole('button', { name: `Uncordon ${nodeName}` })).toBeVisible();
  await expectNoAxeViolations(page);
});
