import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations, onlyOn, PAIR_A, PAIR_B } from './fixtures';
import { loadCourseOutline } from '../lib/content/course';

const LESSON_COUNT = loadCourseOutline().lessons.length;

test('damaged saved progress is kept aside, the learner is told, and the site keeps working', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('dockyard:progress', '{"version": 2, "lessons": {"compute-on-aws": {"done": tru');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: /progress/i });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/damaged|could not be read/i);
  await expect(alert.getByRole('button', { name: 'Download the old data' })).toBeVisible();
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download the old data' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  expect(file.quarantined[0]).toContain('"done": tru');

  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('link', { name: /01 Compute on AWS/ }).click();
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.goto('/');
  await expect(page.getByText(`1 of ${LESSON_COUNT} lessons done`)).toBeVisible();
});

test('a learner exports progress, loses it, and imports it back', async ({ page }, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/what-is-a-container/');
  await page.getByRole('button', { name: 'Mark as done' }).click();
  await page.goto('/');
  await expect(page.getByText(`1 of ${LESSON_COUNT} lessons done`)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const path = await (await download).path();
  expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ app: 'dockyard', kind: 'progress' });

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByText(`0 of ${LESSON_COUNT} lessons done`)).toBeVisible();

  await page.getByLabel('Progress file to import').setInputFiles({
    name: 'not-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(page.getByText(/Could not import not-progress\.json/)).toBeVisible();

  await page.getByLabel('Progress file to import').setInputFiles(path);
  await expect(page.getByText(/Imported/)).toBeVisible();
  await expect(page.getByText(`1 of ${LESSON_COUNT} lessons done`)).toBeVisible();
  await expect(page.getByRole('link', { name: /02 What a container is/ })).toContainText('Done');
  await expectNoAxeViolations(page);
});
