import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface RouteWeight {
  readonly route: string;
  /** Scripts the HTML loads or preloads: what every visit downloads before the page is interactive. */
  readonly firstLoadJsGzipKb: number;
  readonly scripts: number;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '_next' ? [] : htmlFiles(path);
    return name === 'index.html' ? [path] : [];
  });
}

const gzipCache = new Map<string, number>();
export function gzipBytes(path: string): number {
  const cached = gzipCache.get(path);
  if (cached !== undefined) return cached;
  const size = gzipSync(readFileSync(path), { level: 9 }).length;
  gzipCache.set(path, size);
  return size;
}

export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

/** First-load JS of every exported route, gzip level 9, from the HTML's <script src> and script preloads. */
export function measureRoutes(outDir: string): RouteWeight[] {
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: run npm run build first`);
  return htmlFiles(outDir)
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      // noModule scripts are legacy polyfills that modern browsers never download. Preloaded scripts
      // count: they are the code of blocks rendered on the server (next/dynamic) that hydrate with the page.
      const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)]
        .filter((match) => !/noModule/i.test(match[0]))
        .map((match) => match[1]!);
      const preloads = [...html.matchAll(/<link[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => tag.includes('rel="preload"') && tag.includes('as="script"'))
        .map((tag) => /href="([^"]+\.js)"/.exec(tag)?.[1])
        .filter((src) => src !== undefined);
      const sources = [...new Set([...scripts, ...preloads])];
      const bytes = sources.reduce((sum, src) => {
        const path = join(outDir, src.split('?')[0]!);
        return existsSync(path) ? sum + gzipBytes(path) : sum;
      }, 0);
      const route = `/${relative(outDir, file).replace(/index\.html$/, '')}`;
      return { route, firstLoadJsGzipKb: kb(bytes), scripts: sources.length };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}
