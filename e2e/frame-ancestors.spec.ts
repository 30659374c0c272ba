import { test, expect } from './fixtures';
import { startStaticServer } from './static-server';

/**
 * The host headers of out/_headers, served as a static host would: another site may frame an
 * embed, and no other page. The framing page is on localhost, the course on 127.0.0.1: two origins.
 */
test('another site can frame an embedded simulator, and not a lesson', async ({ page, consoleErrors }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop-light', 'headers do not depend on the screen or the theme');
  const course = await startStaticServer('out');
  const port = new URL(course.url).port;
  course.replace(
    '/instructor-page.html',
    `<!DOCTYPE html><html lang="en"><head><title>An instructor's page</title><link rel="icon" href="data:,"></head><body>
      <iframe id="embed" title="Embedded simulator" src="${course.url}/embed/ecs/" width="900" height="640"></iframe>
      <iframe id="lesson" title="A lesson" src="${course.url}/lessons/amazon-ecs/" width="900" height="640"></iframe>
    </body></html>`,
  );
  try {
    await page.goto(`http://localhost:${port}/instructor-page.html`);
    const embed = page.frameLocator('#embed');
    await expect(embed.getByRole('region', { name: /simulator$/ })).toBeVisible();
    const refusal = `Framing '${course.url}/' violates the following Content Security Policy directive: "frame-ancestors 'self'"`;
    await expect.poll(() => consoleErrors.some((error) => error.startsWith(refusal)), { timeout: 20_000 }).toBe(true);
    await expect(page.frameLocator('#lesson').getByRole('heading', { name: 'Amazon ECS', level: 1 })).toHaveCount(0);
    // The browser's refusal is what this test expects, not a fault of the page.
    consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.startsWith(refusal)));
  } finally {
    await course.close();
  }
});
