import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, expectNoAxeViolations } from './fixtures';

/** Every page of the built export, as the address a learner opens. */
function builtRoutes(): string[] {
  const out = join(process.cwd(), 'out');
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html'));
  if (pages.length === 0) throw new Error('out/ has no pages: run `npm run build` first.');
  return pages
    .map((name) => `/${relative('.', name).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .sort();
}

/** Later steps of a talk share their first step's page: their own check is the policy. */
const LATER_TALK_STEP = /^\/present\/[^/]+\/(presenter\/)?([2-9]|\d\d+)\/$/;

const ROUTES = builtRoutes();

test.describe.configure({ mode: 'parallel' });

for (const route of ROUTES) {
  const laterStep = LATER_TALK_STEP.test(route);
  test(`${route} meets the Content-Security-Policy${laterStep ? '' : ', and axe finds nothing'}`, async ({ page }, testInfo) => {
    // For now the sweep runs on desktop-light: axe's colour-contrast check takes 5–20 s a page here,
    // and the other three settings wait until it is faster (their journeys still scan with axe).
    test.skip(testInfo.project.name !== 'desktop-light', 'the sweep runs on desktop-light for now');
    // axe over a long lesson with several simulators takes a while on two busy cores.
    test.slow(!laterStep);
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
      );
    });
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const policy = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(policy).toHaveCount(1);
    if (laterStep) return;
    await expectNoAxeViolations(page);
  });
}
