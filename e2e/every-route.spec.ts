import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { test, expect, expectNoAxeViolations, isPhone } from './fixtures';

/** Every page of the built export, as the address a learner opens. */
function builtRoutes(): string[] {
  const out = join(process.cwd(), 'out');
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('index.html'));
  if (pages.length === 0) throw new Error('out/ has no pages: run `npm run build` first.');
  return pages
    .map((name) => `/${relative('.', name).split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
    .sort();
}

/** Later steps of a talk share their first step's page: their own check is the policy, in one project. */
const LATER_TALK_STEP = /^\/present\/[^/]+\/(presenter\/)?([2-9]|\d\d+)\/$/;

const ROUTES = builtRoutes();

test.describe.configure({ mode: 'parallel' });

for (const route of ROUTES) {
  const laterStep = LATER_TALK_STEP.test(route);
  test(`${route} meets the Content-Security-Policy${laterStep ? '' : ', and axe finds nothing'}`, async ({ page }, testInfo) => {
    test.skip(laterStep && testInfo.project.name !== 'desktop-light', 'a later talk step: its policy, in one project');
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
    if (isPhone(page)) {
      // clientWidth, not innerWidth: a mobile browser widens its layout viewport to fit wide content.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways scrolling on a 360 px phone').toBeLessThanOrEqual(0);
    }
  });
}
