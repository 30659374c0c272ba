import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * The browser: CHROMIUM_PATH if set, then Debian's /usr/bin/chromium (CI and this machine cannot
 * download Playwright's own build), else Playwright's bundled Chromium on a normal laptop.
 */
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const port = Number(process.env.E2E_PORT ?? 3100);
const isCI = Boolean(process.env.CI);

const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
};

const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions };
const phone = { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions };

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Service workers save the whole course on the first visit: only the offline journeys want that.
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'on-first-retry', serviceWorkers: 'block' },
  projects: [
    { name: 'desktop-light', use: { ...desktop, colorScheme: 'light' } },
    { name: 'desktop-dark', use: { ...desktop, colorScheme: 'dark' } },
    { name: 'phone-light', use: { ...phone, colorScheme: 'light' } },
    { name: 'phone-dark', use: { ...phone, colorScheme: 'dark' } },
  ],
  webServer: {
    // The static export, served as any static host would: `next start` cannot serve an export.
    command: `npx sirv out --port ${port} --host 127.0.0.1 --quiet`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    timeout: 30_000,
  },
});
