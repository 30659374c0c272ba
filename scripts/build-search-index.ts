/**
 * After `next build`, before the service worker: writes the Pagefind search index to `out/pagefind/`.
 * Lessons are indexed from their HTML (only the `data-pagefind-body` article, so talks, simulators and
 * practice pages stay out); glossary terms and bank questions are added as records of their own.
 * Runs before `build-service-worker.ts`, so the index is in the offline file list like any other file.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { loadAllQuestions, loadGlossary } from '../lib/content/banks';
import { loadCourseOutline } from '../lib/content/course';
import { checkYourselfIds, loadLessonSource } from '../lib/content/lessons';
import { glossaryRecords, questionRecords, type SearchRecord } from '../lib/search/records';
import { spaceTableCells } from '../lib/search/space-table-cells';

const OUT = 'out';
const BUNDLE = join(OUT, 'pagefind');
/**
 * Pagefind also writes its ready-made UIs and a highlighter; the dialog uses only the search API
 * (`pagefind.js`, its worker, the WASM and the index), so the rest would only grow the offline copy.
 */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Bundles the fragments (one per lesson, term and question, 460 now) into fewer files: the service worker saves each file. */
const MAX_FRAGMENTS = 200;

function fail(what: string, errors: readonly string[]): never {
  throw new Error(`search index: ${what} failed:\n  ${errors.join('\n  ')}`);
}

function customRecords(): { glossary: SearchRecord[]; questions: SearchRecord[] } {
  const { lessons } = loadCourseOutline();
  const sources = lessons.map((lesson) => loadLessonSource(lesson.slug));
  const askedIn = new Map(
    sources.flatMap((source) => checkYourselfIds(source.body).map((id) => [id, source.slug] as const)),
  );
  const headings = new Map(sources.map((source) => [source.slug, source.headings]));
  return {
    glossary: glossaryRecords(loadGlossary().terms, lessons),
    questions: questionRecords(loadAllQuestions(), { lessons, headings, askedIn }),
  };
}

/** The exported pages with an indexed article (`data-pagefind-body`), relative to out/. */
function lessonPages(): string[] {
  return readdirSync(OUT, { recursive: true, encoding: 'utf8' }).filter(
    (name) =>
      name.endsWith('.html') &&
      !name.startsWith('_next') &&
      readFileSync(join(OUT, name), 'utf8').includes('data-pagefind-body'),
  );
}

function bundleSize(): { files: number; bytes: number } {
  const files = readdirSync(BUNDLE, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  const bytes = files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
  return { files: files.length, bytes };
}

interface PagefindEntry {
  languages: Record<string, { wasm?: string; page_count: number }>;
}

function readEntry(): PagefindEntry {
  return JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
}

/** Keeps the WASM of the languages the index has (`en`) and drops the generic one and the UIs. */
function dropUnusedFiles(entry: PagefindEntry) {
  const wasm = new Set(Object.values(entry.languages).map((language) => `wasm.${language.wasm}.pagefind`));
  for (const name of readdirSync(BUNDLE)) {
    if (UNUSED.test(name) || (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name)))
      rmSync(join(BUNDLE, name));
  }
}

async function main() {
  const started = performance.now();
  rmSync(BUNDLE, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENTS });
  if (!index) fail('createIndex', errors);

  for (const page of lessonPages()) {
    const added = await index.addHTMLFile({
      sourcePath: page,
      content: spaceTableCells(readFileSync(join(OUT, page), 'utf8')),
    });
    if (added.errors.length > 0) fail(`indexing ${page}`, added.errors);
  }

  const { glossary, questions } = customRecords();
  const urls = [...glossary, ...questions].map((record) => record.url);
  const shared = urls.filter((url, index) => urls.indexOf(url) !== index);
  if (shared.length > 0)
    fail(
      'adding records',
      shared.map((url) => `two records share ${url}: Pagefind would keep one`),
    );
  for (const record of [...glossary, ...questions]) {
    const added = await index.addCustomRecord({
      ...record,
      meta: { ...record.meta },
      filters: { ...record.filters },
    });
    if (added.errors.length > 0) fail(`adding ${record.url}`, added.errors);
  }

  const written = await index.writeFiles({ outputPath: BUNDLE });
  if (written.errors.length > 0) fail('writing files', written.errors);
  await pagefind.close();
  const entry = readEntry();
  dropUnusedFiles(entry);

  // Only lesson articles carry data-pagefind-body: any other count means a page leaked in or a lesson fell out.
  const lessons = loadCourseOutline().lessons.length;
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  const records = glossary.length + questions.length;
  if (indexed !== lessons + records)
    fail('indexing lessons', [`${indexed - records} pages indexed, ${lessons} lessons written`]);

  const { files, bytes } = bundleSize();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `pagefind: ${lessons} lessons, ${glossary.length} glossary terms, ${questions.length} questions → ` +
      `${BUNDLE}/ (${files} files, ${(bytes / 1024).toFixed(0)} KB) in ${seconds} s`,
  );
}

main().catch(async (error: unknown) => {
  console.error(error);
  await pagefind.close();
  process.exit(1);
});
