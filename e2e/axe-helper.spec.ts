import { test, expect, axeViolations } from './fixtures';

// The scan every journey relies on must be able to fail: a page with known faults is reported.
test('the axe scan reports a missing alt text and low contrast', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-light', 'the scanner is the same in every setting');
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Faults</title></head><body><main><h1>Faults</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
      '<p style="color:#777;background:#888">Faint words on a grey ground</p></main></body></html>',
  );
  const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
});
