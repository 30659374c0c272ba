import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, isPhone, onlyOn, PAIR_A, PAIR_B } from './fixtures';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the course' });
const searchBox = (page: Page) =>
  dialog(page).getByRole('combobox', { name: 'Search lessons, glossary and questions' });
const resultGroup = (page: Page, name: 'Lessons' | 'Glossary' | 'Questions') =>
  dialog(page).getByRole('group', { name, exact: true });

/** A shortcut right after a page loads: it works once the page has hydrated, so try until it does. */
async function openWith(page: Page, key: '/' | 'Control+k') {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(dialog(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}

/** Types a query and waits for its results (the list is debounced and loads Pagefind on first use). */
async function search(page: Page, query: string) {
  await searchBox(page).fill(query);
  await expect(dialog(page).getByRole('status')).toContainText(/results?$|No results/, { timeout: 20_000 });
}

test('/ opens search; a word from one lesson shows a highlighted snippet, and the arrows and Enter land on its section', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/');
  await openWith(page, '/');
  await expect(searchBox(page)).toBeFocused();
  await expect(dialog(page).getByRole('status')).toContainText('Type to search', { timeout: 20_000 });

  // "Bottlerocket" is written in one lesson (Amazon ECS, in the agent's section) and one glossary definition.
  await search(page, 'Bottlerocket');
  const lessons = resultGroup(page, 'Lessons').getByRole('option');
  await expect(lessons).toHaveCount(1);
  await expect(lessons.first()).toContainText('Amazon ECS');
  await expect(lessons.first()).toContainText('Lesson 05 › The ECS container agent');
  await expect(lessons.first().locator('mark')).toHaveText(/Bottlerocket/);
  const glossary = resultGroup(page, 'Glossary').getByRole('option', { name: /ECS-optimized AMI/ });
  await expect(glossary).toBeVisible();

  // The input keeps focus and points at the active option; the arrows move, wrapping round.
  const input = searchBox(page);
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(lessons.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute(
    'aria-activedescendant',
    (await lessons.first().getAttribute('id')) ?? '',
  );
  await page.keyboard.press('ArrowDown');
  await expect(glossary).toHaveAttribute('aria-selected', 'true');
  await expect(lessons.first()).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(lessons.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/lessons\/amazon-ecs\/#the-ecs-container-agent$/);
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'The ECS container agent' })).toBeInViewport();
});

test('Ctrl+K opens search from a lesson, and a glossary term lands on its definition', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/lessons/what-is-a-container/');
  await openWith(page, 'Control+k');
  await expect(searchBox(page)).toBeFocused();
  await search(page, 'Bottlerocket');
  const term = resultGroup(page, 'Glossary').getByRole('option', { name: /ECS-optimized AMI/ });
  await expect(term).toContainText('Taught in 05 Amazon ECS');
  await expect(term.locator('mark')).toHaveText(/Bottlerocket/);
  await page.keyboard.press('ArrowDown');
  await expect(term).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#ecs-optimized-ami$/);
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('main').getByText('ECS-optimized AMI', { exact: true })).toBeInViewport();

  // Another term on the same page: only the anchor changes, and the page scrolls to it.
  await page.keyboard.press('/');
  await search(page, 'Dockerfile');
  await resultGroup(page, 'Glossary')
    .getByRole('option', { name: /^Dockerfile/ })
    .click();
  await expect(page).toHaveURL(/\/glossary\/#dockerfile$/);
  await expect(page.getByRole('main').getByText('Dockerfile', { exact: true })).toBeInViewport();
});

test('questions land on the question in its lesson, or on the section that teaches a bank-only one', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/practice/');
  await page.getByRole('button', { name: 'Search' }).click();

  // Asked in "Containers vs VMs": the result opens the question itself.
  await search(page, 'ticketing');
  const asked = resultGroup(page, 'Questions').getByRole('option', { name: /ticketing site/ });
  await expect(asked).toContainText('Lesson 03 › Check yourself');
  await asked.click();
  await expect(page).toHaveURL(/\/lessons\/containers-vs-vms\/#question-burst-strategy$/);
  await expect(page.locator('#question-burst-strategy')).toContainText(
    'A ticketing site sees traffic rise tenfold',
  );
  await expect(page.locator('#question-burst-strategy')).toBeInViewport();

  // Only in the practice bank: the result opens the section that teaches it.
  await page.keyboard.press('/');
  await search(page, 'genomics');
  const bankOnly = resultGroup(page, 'Questions').getByRole('option', { name: /genomics lab/ });
  await expect(bankOnly).toContainText('Lesson 01 › Batch and data processing');
  await bankOnly.click();
  await expect(page).toHaveURL(
    /\/lessons\/compute-on-aws\/\?question=batch-pipeline#batch-and-data-processing$/,
  );
  await expect(page.getByRole('heading', { name: 'Batch and data processing' })).toBeInViewport();
});

test('a query with no results says so, and Escape closes search and gives focus back', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_B, testInfo);
  await page.goto('/glossary/');
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await expect(button).toHaveAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
  await button.click();
  await search(page, 'zqxjvw');
  await expect(dialog(page).getByRole('status')).toHaveText('No results for “zqxjvw”');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();

  // On a wide screen a click on the backdrop closes it too (on a phone the dialog fills the screen).
  if (!isPhone(page)) {
    await button.click();
    await expect(searchBox(page)).toHaveValue('zqxjvw');
    await page.mouse.click(20, 450);
    await expect(dialog(page)).toBeHidden();
  }
});

test('a focused simulator keeps / for its console; Ctrl+K still opens search there', async ({
  page,
}, testInfo) => {
  onlyOn(PAIR_A, testInfo);
  await page.goto('/simulators/vm/');
  const simulator = page.getByRole('region', { name: /simulator$/ });
  const console = page.getByRole('textbox', { name: 'Command' });
  await expect(console).toBeVisible();
  await simulator.getByRole('heading', { level: 2 }).click();
  await page.keyboard.press('/');
  await expect(console).toBeFocused();
  await expect(dialog(page)).toBeHidden();
  // Typing in the console, / is a character and Ctrl+K is left alone.
  await page.keyboard.type('help /');
  await page.keyboard.press('Control+k');
  await expect(console).toHaveValue('help /');
  await expect(dialog(page)).toBeHidden();

  await page.keyboard.press('Escape');
  await expect(console).not.toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
});
