import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './content-error';
import { contentPath, displayPath, readText } from './files';

/** One point of the seed's COVERAGE.md: what the course must teach. */
export interface SeedPoint {
  readonly id: number;
  /** The `##` heading the point sits under ("Amazon ECS"), or '' before the first one. */
  readonly topic: string;
  readonly text: string;
}

/**
 * The course's copy of `../shared/seed/COVERAGE.md`. The gate reads this copy so that `npm test`
 * works in any checkout (CI, a worktree) without the shared folder beside it; `coverage.test.ts`
 * checks the copy against the shared file whenever that file is there.
 */
export const SEED_COVERAGE_FILE = contentPath('seed-coverage.md');

/** Where the shared original lives, beside the repository, when it is there at all. */
export function sharedCoverageFile(root = process.cwd()): string | undefined {
  const path = join(root, '..', 'shared', 'seed', 'COVERAGE.md');
  return existsSync(path) ? path : undefined;
}

const TOPIC = /^##\s+(.+?)\s*#*\s*$/;
const POINT = /^\s{0,3}(\d+)[.)]\s+(.+?)\s*$/;

/**
 * Reads the numbered points of a COVERAGE.md: `N. text` items (or `N) text`), each under the `##`
 * heading it follows. An item may wrap onto following non-blank lines; a blank line, a heading or the
 * next item ends it. Anything else (the title, introductions) is prose and skipped. Throws, naming
 * `file`, when a number repeats or there are no points at all.
 */
export function parseSeedPoints(markdown: string, file = 'COVERAGE.md'): SeedPoint[] {
  const points: { id: number; topic: string; lines: string[] }[] = [];
  const problems: string[] = [];
  let topic = '';
  let open: (typeof points)[number] | undefined;
  let inFence = false;
  markdown.split(/\r?\n/).forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      open = undefined;
      return;
    }
    if (inFence) return;
    const heading = /^#{1,6}\s/.test(line) ? TOPIC.exec(line) : null;
    const item = POINT.exec(line);
    if (/^#{1,6}\s/.test(line)) {
      open = undefined;
      if (heading) topic = heading[1] ?? '';
    } else if (item) {
      const id = Number(item[1]);
      if (points.some((point) => point.id === id)) problems.push(`line ${index + 1}: point ${id} is numbered twice`);
      open = { id, topic, lines: [item[2] ?? ''] };
      points.push(open);
    } else if (line.trim() === '') {
      open = undefined;
    } else if (open) {
      open.lines.push(line.trim());
    }
  });
  if (points.length === 0) problems.push('no numbered points ("1. …") found');
  if (problems.length > 0) throw new ContentError(file, problems);
  return points.map((point) => ({ id: point.id, topic: point.topic, text: point.lines.join(' ') }));
}

/** The seed points from the course's copy of COVERAGE.md. */
export function loadSeedPoints(path = SEED_COVERAGE_FILE): SeedPoint[] {
  return parseSeedPoints(readText(path), displayPath(path));
}
