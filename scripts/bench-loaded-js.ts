import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { gzipBytes, kb } from './bench-page-weight';

export interface LoadedWeight {
  readonly route: string;
  /** Every script the page fetched once loaded and idle, lazy chunks (simulators) included. */
  readonly loadedJsGzipKb: number;
}

/** BENCH_PORT moves the servers the bench starts (this one, +1 for the render bench, +2 and +3 for Lighthouse). */
const PORT = Number(process.env.BENCH_PORT ?? 3200);

/** Opens each route in Chromium and adds up the gzip size of every script it requested. */
export async function measureLoadedJs(outDir: string, routes: readonly string[]): Promise<LoadedWeight[]> {
  // Its own process group, so the whole group (npx and sirv under it) is stopped afterwards: a
  // leftover sirv keeps the file list of an old build and would serve 404s for new chunks.
  const server = spawn('npx', ['sirv', outDir, '--port', String(PORT), '--host', '127.0.0.1', '--quiet'], {
    stdio: 'ignore',
    detached: true,
  });
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const results: LoadedWeight[] = [];
    for (const route of routes) {
      const page = await browser.newPage();
      const scripts = new Set<string>();
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.endsWith('.js')) scripts.add(path);
      });
      await page.goto(`http://127.0.0.1:${PORT}${route}`, { waitUntil: 'networkidle' });
      const bytes = [...scripts].reduce((sum, path) => {
        const file = join(outDir, path);
        return existsSync(file) ? sum + gzipBytes(file) : sum;
      }, 0);
      results.push({ route, loadedJsGzipKb: kb(bytes) });
      await page.close();
    }
    return results;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}

export async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`static server did not start on ${url}`);
}
