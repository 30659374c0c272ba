import { extractHeadings, type LessonHeading } from './lessons';

/**
 * A lesson section that says which seed points it teaches, with a marker on a line of its own under
 * its heading: `{/* coverage: 8, 10 *\/}` (an MDX comment, so readers never see it). The marker
 * belongs to the nearest heading above it, `##` or `###`; a `##` marker speaks for its `###`s too.
 */
export interface SectionCoverage {
  readonly heading: LessonHeading;
  readonly points: readonly number[];
}

export interface SectionCoverageResult {
  readonly sections: readonly SectionCoverage[];
  /** Markers that cannot be read or sit where they cannot mean anything, as "line N: why". */
  readonly problems: readonly string[];
}

const MARKER = /^\{\/\*\s*coverage:\s*(\d+(?:\s*,\s*\d+)*)\s*\*\/\}\s*$/;
/** Anything that looks like it meant to be a marker, so a typo fails loudly instead of silently. */
const MARKER_LIKE = /^\s*\{\/\*\s*coverage\b/i;
/** The closing quiz: it tests what the lesson taught and teaches nothing new. */
const CHECK_YOURSELF = 'check-yourself';

/** `firstLine` is the file's line number of the body's first line, so problems name file lines. */
export function sectionCoverage(body: string, firstLine = 1): SectionCoverageResult {
  const headings = extractHeadings(body);
  const byHeading = new Map<LessonHeading, number[]>();
  const problems: string[] = [];
  let current: LessonHeading | undefined;
  let next = 0;
  let inFence = false;
  for (const [index, line] of body.split('\n').entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    if (/^#{2,3}\s+/.test(line)) {
      current = headings[next++];
      continue;
    }
    if (!MARKER_LIKE.test(line)) continue;
    const problem = markerProblem(line, current, byHeading);
    if (problem !== undefined || current === undefined) {
      problems.push(`line ${index + firstLine}: ${problem}`);
      continue;
    }
    const points = (MARKER.exec(line)?.[1] ?? '').split(',').map((point) => Number(point.trim()));
    if (new Set(points).size !== points.length) problems.push(`line ${index + firstLine}: a point repeats in the coverage marker`);
    byHeading.set(current, points);
  }
  return { sections: [...byHeading].map(([heading, points]) => ({ heading, points })), problems };
}

function markerProblem(
  line: string,
  heading: LessonHeading | undefined,
  marked: ReadonlyMap<LessonHeading, unknown>,
): string | undefined {
  if (!MARKER.test(line)) return 'write a coverage marker as {/* coverage: 1, 2 */}, on a line of its own';
  if (!heading) return 'a coverage marker must sit under the heading of the section that teaches the points';
  if (heading.id === CHECK_YOURSELF || heading.id.startsWith(`${CHECK_YOURSELF}-`))
    return '"Check yourself" tests the lesson and teaches nothing: mark the section that teaches the points';
  if (marked.has(heading)) return `section "${heading.text}" has two coverage markers`;
  return undefined;
}

/** Every point a lesson's sections teach, ascending. */
export function pointsTaught(sections: readonly SectionCoverage[]): number[] {
  return [...new Set(sections.flatMap((section) => section.points))].sort((a, b) => a - b);
}
