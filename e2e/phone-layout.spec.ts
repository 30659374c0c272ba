import { test, expect } from './fixtures';
import { loadCourseOutline } from '../lib/content/course';

const ROUTES = [
  '/',
  '/practice/',
  '/practice/exam/',
  '/practice/generated/#binpack-next-host:7',
  '/practice/generated/#task-definition-verdict:3',
  '/practice/generated/#ecr-push-layers:3',
  '/practice/generated/#lifecycle-policy-expiry:3',
  '/glossary/',
  '/present/',
  '/present/losing-an-availability-zone/2/',
  '/present/binpack-vs-spread/presenter/3/',
  '/simulators/',
  '/simulators/vm/',
  '/simulators/ecs/',
  '/simulators/ecr/',
  ...loadCourseOutline().lessons.map((lesson) => `/lessons/${lesson.slug}/`),
];

for (const route of ROUTES) {
  test(`${route} fits a 360 px phone without scrolling sideways`, async ({ page }, testInfo) => {
    // Layout does not depend on the colour scheme: one phone project is enough.
    test.skip(testInfo.project.name !== 'phone-light', 'a phone-width check');
    await page.goto(route);
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // clientWidth, not innerWidth: a mobile browser widens its layout viewport to fit wide content.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
