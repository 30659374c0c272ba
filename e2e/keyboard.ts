import type { Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until the focused element's accessible name matches, as a keyboard user
 * would, and fails if it never gets there.
 */
export async function tabTo(page: Page, name: RegExp, { backwards = false, limit = 80 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelledBy = element.getAttribute('aria-labelledby');
      const label = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
      const forLabel = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
      return (element.getAttribute('aria-label') ?? label ?? forLabel ?? element.innerText ?? '').trim();
    });
    if (name.test(focused)) return;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${name}`);
}
