import { test, expect, axeViolations, axeViolationsInjectedOnce } from './fixtures';

// The scans every journey and the every-route sweep rely on must be able to fail: a page with known
// faults is reported, by each of them, and by the sweep's scan again once axe is in the page.
test('the axe scans report a missing alt text and low contrast', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-light', 'the scanner is the same in every setting');
  await page.setContent(
    '<!doctype html><html lang="en"><head><title>Faults</title></head><body><main><h1>Faults</h1>' +
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
      '<p style="color:#777;background:#888">Faint words on a grey ground</p></main></body></html>',
  );
  for (const scan of [axeViolations, axeViolationsInjectedOnce, axeViolationsInjectedOnce]) {
    const found = (await scan(page)).map((line) => line.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
  }
  // Once the faults are mended, the scan that keeps axe in the page reports them no more.
  await page.evaluate(() => {
    document.querySelector('img')!.alt = 'A grey square';
    document.querySelector('p')!.setAttribute('style', 'color:#000;background:#fff');
  });
  expect(await axeViolationsInjectedOnce(page)).toEqual([]);
});
