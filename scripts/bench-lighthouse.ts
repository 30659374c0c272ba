/**
 * Lighthouse on the static export, for `npm run bench` (or alone: `npm run bench:lighthouse`, which
 * updates only the `lighthouse` part of bench/results.json). Lighthouse's default settings: a
 * mobile phone (Moto G Power emulation) with simulated throttling (150 ms RTT, 1.6 Mbps, 4× CPU),
 * on Debian's Chromium, headless. Each page runs RUNS times and every figure is the median.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { serveStatic } from './bench-static-server';

/** The home page, a lesson with a simulator, and a full-screen simulator. */
export const LIGHTHOUSE_PAGES = [
  { route: '/', kind: 'home' },
  { route: '/lessons/why-orchestration/', kind: 'lesson with a simulator' },
  { route: '/simulators/ecs/', kind: 'full-screen simulator' },
] as const;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** Issue 9's goals for the category scores (0–100). */
const SCORE_GOALS: Readonly<Record<Category, number>> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
/**
 * The lab metrics with the thresholds Lighthouse and web.dev call "good" on mobile. INP is not here:
 * it needs real interactions, which a lab page load does not have; TBT is its lab stand-in.
 */
const METRICS = [
  { key: 'lcpMs', audit: 'largest-contentful-paint', label: 'LCP', goal: 2500 },
  { key: 'cls', audit: 'cumulative-layout-shift', label: 'CLS', goal: 0.1 },
  { key: 'tbtMs', audit: 'total-blocking-time', label: 'TBT', goal: 200 },
  { key: 'fcpMs', audit: 'first-contentful-paint', label: 'FCP', goal: 1800 },
  { key: 'speedIndexMs', audit: 'speed-index', label: 'SI', goal: 3400 },
] as const;

export interface Measured {
  readonly value: number | null;
  /** `value >= goal` for scores, `value <= goal` for metrics. */
  readonly goal: number;
  readonly pass: boolean;
}

export interface LighthousePage {
  readonly route: string;
  readonly kind: string;
  readonly scores: Readonly<Record<Category, Measured>>;
  readonly vitals: Readonly<Record<(typeof METRICS)[number]['key'], Measured>>;
  /** Audits of the accessibility, best-practices and SEO categories that failed in any run. */
  readonly failingAudits: readonly { id: string; category: Category; title: string; runs: number }[];
  /** Lighthouse's CPU benchmark of this machine (median): below ~1,000 the machine was busy. */
  readonly benchmarkIndex: number | null;
}

export interface LighthouseResults {
  readonly lighthouseVersion: string;
  readonly settings: string;
  readonly runs: number;
  readonly inp: string;
  readonly pages: readonly LighthousePage[];
}

function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function summarise(route: string, kind: string, runs: readonly Result[]): LighthousePage {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => {
      const value = median(runs.map((lhr) => (lhr.categories[category]?.score ?? NaN) * 100).filter(Number.isFinite));
      const rounded = value === null ? null : Math.round(value);
      return [category, { value: rounded, goal: SCORE_GOALS[category], pass: rounded !== null && rounded >= SCORE_GOALS[category] }];
    }),
  ) as Record<Category, Measured>;
  const vitals = Object.fromEntries(
    METRICS.map((metric) => {
      const value = median(runs.map((lhr) => lhr.audits[metric.audit]?.numericValue));
      const rounded = value === null ? null : metric.key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value);
      return [metric.key, { value: rounded, goal: metric.goal, pass: rounded !== null && rounded <= metric.goal }];
    }),
  ) as LighthousePage['vitals'];
  const failing = new Map<string, { id: string; category: Category; title: string; runs: number }>();
  for (const lhr of runs) {
    for (const category of CATEGORIES.filter((name) => name !== 'performance')) {
      for (const ref of lhr.categories[category]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) continue;
        const entry = failing.get(ref.id) ?? { id: ref.id, category, title: audit.title, runs: 0 };
        failing.set(ref.id, { ...entry, runs: entry.runs + 1 });
      }
    }
  }
  const benchmarkIndex = median(runs.map((lhr) => lhr.environment.benchmarkIndex));
  return { route, kind, scores, vitals, failingAudits: [...failing.values()], benchmarkIndex };
}

/** Serves `outDir`, launches Chromium through chrome-launcher and runs Lighthouse on each page. */
export async function measureLighthouse(outDir: string, port: number): Promise<LighthouseResults> {
  if (!existsSync(outDir)) throw new Error(`${outDir} does not exist: run npm run build first`);
  const chromePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
  const server = await serveStatic(outDir, port);
  const chrome = await chromeLauncher.launch({
    chromePath,
    port: port + 1,
    chromeFlags: ['--headless=new', '--no-sandbox'],
  });
  try {
    const pages: LighthousePage[] = [];
    let version = '';
    for (const page of LIGHTHOUSE_PAGES) {
      const runs: Result[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`http://127.0.0.1:${port}${page.route}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${page.route}`);
        if (result.lhr.runtimeError) throw new Error(`${page.route}: ${result.lhr.runtimeError.message}`);
        version = result.lhr.lighthouseVersion;
        runs.push(result.lhr);
      }
      pages.push(summarise(page.route, page.kind, runs));
    }
    return {
      lighthouseVersion: version,
      settings: 'Lighthouse defaults: mobile (Moto G Power emulation), simulated throttling (150 ms RTT, 1.6 Mbps down, 4× CPU slowdown); served with gzip',
      runs: RUNS,
      inp: 'not measured: INP needs real user interactions, which a lab page load has none of; TBT is its lab stand-in',
      pages,
    };
  } finally {
    chrome.kill();
    await new Promise((resolve) => server.close(resolve));
  }
}

const mark = (measured: Measured) => (measured.pass ? ' ' : '!');
const pad = (text: string, width: number) => text.padStart(width);

/** The results as a table: each figure with ! where it misses its goal, then the failing audits. */
export function formatLighthouse(results: LighthouseResults): string {
  const header = `${'page'.padEnd(30)}${pad('perf', 6)}${pad('a11y', 6)}${pad('bp', 6)}${pad('seo', 6)}${pad('LCP ms', 9)}${pad('CLS', 8)}${pad('TBT ms', 9)}${pad('FCP ms', 9)}${pad('SI ms', 9)}`;
  const goals = `${'goal'.padEnd(30)}${pad('≥95', 6)}${pad('100', 6)}${pad('100', 6)}${pad('≥95', 6)}${pad('≤2500', 9)}${pad('≤0.1', 8)}${pad('≤200', 9)}${pad('≤1800', 9)}${pad('≤3400', 9)}`;
  const widths = [6, 6, 6, 6, 9, 8, 9, 9, 9];
  const rows = results.pages.map((page) => {
    const cells = [...CATEGORIES.map((category) => page.scores[category]), ...METRICS.map((metric) => page.vitals[metric.key])];
    return `${page.route.padEnd(30)}${cells.map((cell, index) => pad(`${cell.value ?? '–'}${mark(cell)}`, widths[index]!)).join('')}`;
  });
  const audits = results.pages.flatMap((page) =>
    page.failingAudits.map((audit) => `  ${page.route}  ${audit.category}: ${audit.id} (${audit.title}), ${audit.runs} of ${results.runs} runs`),
  );
  const bench = results.pages.map((page) => `${page.route} ${page.benchmarkIndex ?? '–'}`).join(', ');
  return [
    `Lighthouse ${results.lighthouseVersion}, mobile, simulated throttling, median of ${results.runs} runs (! = misses its goal)`,
    header,
    goals,
    ...rows,
    `INP: ${results.inp}.`,
    `CPU benchmark index (lower = busier machine): ${bench}`,
    audits.length > 0 ? `Failing audits:\n${audits.join('\n')}` : 'No accessibility, best-practices or SEO audit failed.',
  ].join('\n');
}

// `npm run bench:lighthouse`: only this part, merged into the existing bench/results.json.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.BENCH_PORT ?? 3200) + 2;
  const results = await measureLighthouse(join(process.cwd(), 'out'), port);
  console.log(formatLighthouse(results));
  const file = join('bench', 'results.json');
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, lighthouse: { measuredAt: new Date().toISOString(), ...results } }, null, 2)}\n`);
  console.log(`\nWrote the lighthouse part of ${file}`);
}
