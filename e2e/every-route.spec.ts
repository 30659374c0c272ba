import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolationsInjectedOnce } from './fixtures';

/** Every page of the built export, as the address a learner opens. */
function builtRoutes(): string[] {
  const out = join(process.cwd(), 'out');
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.endsWith('index.html'),
  );
  if (pages.length === 0) throw new Error('out/ has no pages: run `npm run build` first.');
  return pages
    .map((name) => `/${relative('.', name).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .sort();
}

/**
 * Dark mode is CSS on `html[data-theme=dark]`, which the theme script sets from the colour-scheme
 * preference before first paint: switching both in place shows exactly what a dark load shows, without
 * loading the page again.
 */
async function switchTheme(page: Page, theme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: theme });
  await page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);
}

/**
 * A talk's own address shows its first step, as `…/1/` does (the same component with the same step):
 * those two get the policy check, and the scan is left to `…/1/`.
 */
const SAME_AS_FIRST_STEP = /^\/present\/(?!custom\/)[^/]+\/(presenter\/)?$/;

const WIDTHS = [1280, 360] as const;
const ROUTES = builtRoutes();

test.describe.configure({ mode: 'parallel' });

// Every route under its own Content-Security-Policy with no violation and, once its simulators have
// loaded, axe finding nothing at 1280 and 360 px, each in light and in dark. Layout follows the
// width and colour follows the theme, so one load per route, resized and re-themed in place, sees
// all four settings: the sweep runs once, in the desktop-light project.
for (const route of ROUTES) {
  const scan = !SAME_AS_FIRST_STEP.test(route);
  const title = `${route} meets the Content-Security-Policy${scan ? ', and axe finds nothing at 1280 and 360 px, light or dark' : ''}`;
  test(title, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop-light', 'one pass covers both widths and both themes');
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(
          `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
        ),
      );
    });
    await page.goto(route);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    if (!scan) return;
    const found: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: width > 640 ? 900 : 780 });
      await expect(page.locator('[data-sim-loading]')).toHaveCount(0);
      for (const theme of ['light', 'dark'] as const) {
        await switchTheme(page, theme);
        found.push(
          ...(await axeViolationsInjectedOnce(page)).map(
            (violation) => `${width} px, ${theme}: ${violation}`,
          ),
        );
      }
    }
    expect(found, 'axe violations').toEqual([]);
  });
}
