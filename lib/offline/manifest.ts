import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileUrl } from './cache-key';

/**
 * The worker itself is fetched by the browser, never from its own cache; social cards, robots.txt
 * and the host's _headers are for crawlers and hosts, not for a learner offline.
 */
const NOT_CACHED = [/^sw\.js$/, /\.map$/, /^og\//, /^_headers$/, /^robots\.txt$/, /^sitemap\.xml$/];

export interface OfflineManifest {
  /** Changes whenever any file's content does: a new version for the browser to install. */
  readonly version: string;
  /** Every file of the export as a URL path, sorted. */
  readonly urls: readonly string[];
  readonly bytes: number;
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The files of a built export (`out/`) that make the whole course work offline, and their version. */
export function offlineManifest(outDirectory: string): OfflineManifest {
  const hash = createHash('sha256');
  let bytes = 0;
  const files = filesUnder(outDirectory)
    .map((path) => ({ path, name: relative(outDirectory, path) }))
    .filter(({ name }) => !NOT_CACHED.some((pattern) => pattern.test(name)))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const { path, name } of files) {
    const content = readFileSync(path);
    bytes += content.length;
    hash.update(name).update('\0').update(content);
  }
  return { version: hash.digest('hex').slice(0, 12), urls: files.map(({ name }) => fileUrl(name)), bytes };
}
