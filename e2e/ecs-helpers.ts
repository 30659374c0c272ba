import type { Locator, Page } from '@playwright/test';

/** The simulator frame on the page whose heading or banner mentions `text` (or the only one). */
export function simulatorFrame(page: Page, text?: string | RegExp): Locator {
  const frames = page.getByRole('region', { name: /simulator$/ });
  return text === undefined ? frames.first() : frames.filter({ hasText: text }).first();
}

export async function typeLine(frame: Locator, line: string) {
  // The textbox by role: a code sample labelled "… command" may sit in the same frame.
  const input = frame.getByRole('textbox', { name: 'Command', exact: true });
  await input.fill(line);
  await input.press('Enter');
}

/** The big "Running" number of a service panel. */
export function runningCount(service: Locator): Locator {
  return service.locator('dt', { hasText: /^Running$/ }).locator('xpath=following-sibling::dd');
}
