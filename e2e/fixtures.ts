import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe, { type Result } from 'axe-core';

/**
 * Every journey fails on a console error or an uncaught exception, and can scan the page with axe.
 * Tests turn animations off through the reduced-motion preference, as learners may too.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'console errors during the journey').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page }, use) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await use(page);
  },
});

export { expect };

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

function summarise(violations: readonly Result[]): string[] {
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes
        .map((node) => node.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
}

/**
 * axe over the whole page. Legacy mode runs axe.run in the page itself: the default mode gathers each
 * frame's partial results and finishes in a fresh blank page, which costs 4–5 times as long here and
 * finds the same things on pages whose only frames are same-origin. Only violations are collected.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode()
    .analyze();
  return summarise(results.violations);
}

type AxeWindow = Window & { axe?: typeof axe };

/**
 * The same scan for a page scanned several times over (the every-route sweep: two widths, two themes).
 * AxeBuilder injects axe-core into every frame on every scan, which costs more than a scan of a talk
 * step; this injects it once per document, with the configuration AxeBuilder's legacy mode sets.
 */
export async function axeViolationsInjectedOnce(page: Page): Promise<string[]> {
  for (const frame of page.frames()) {
    const present = await frame.evaluate(() => 'axe' in window).catch(() => true); // a frame gone meanwhile
    if (present) continue;
    await frame.evaluate(axe.source);
    await frame.evaluate(() =>
      (window as AxeWindow).axe!.configure({ allowedOrigins: ['<unsafe_all_origins>'] }),
    );
  }
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as AxeWindow).axe!.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    AXE_TAGS,
  );
  return summarise(violations);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), 'axe violations').toEqual([]);
}

export function isPhone(page: Page): boolean {
  return (page.viewportSize()?.width ?? 1280) < 640;
}

/**
 * Two projects that between them cover a wide and a narrow screen and both themes. A journey runs on
 * one pair rather than all four: the suite has a time budget, what differs between projects (layout,
 * contrast) is covered on both pairs by the journeys as a whole, and every page is scanned in all four
 * settings by the every-route sweep.
 */
export const PAIR_A = ['desktop-light', 'phone-dark'] as const;
export const PAIR_B = ['desktop-dark', 'phone-light'] as const;

export function onlyOn(projects: readonly string[], testInfo: TestInfo): void {
  test.skip(
    !projects.includes(testInfo.project.name),
    `run on ${projects.join(' and ')}, one wide and one narrow, one light and one dark`,
  );
}
