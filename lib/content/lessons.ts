import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { ContentError, parseOrThrow } from './content-error';
import { contentPath, displayPath, readText } from './files';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './schemas';

export interface LessonHeading {
  readonly depth: 2 | 3;
  readonly text: string;
  readonly id: string;
}

export interface LessonSource {
  readonly slug: string;
  readonly frontmatter: LessonFrontmatter;
  readonly body: string;
  /** The file's line number of the body's first line (after the frontmatter). */
  readonly bodyLine: number;
  readonly headings: readonly LessonHeading[];
  readonly wordCount: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** Adults read prose at roughly 200–250 words a minute; we use 220. */
const WORDS_PER_MINUTE = 220;

export function lessonFile(slug: string): string {
  return contentPath('lessons', `${slug}.mdx`);
}

export function loadLessonSource(slug: string): LessonSource {
  const path = lessonFile(slug);
  const file = displayPath(path);
  const text = readText(path);
  const match = FRONTMATTER.exec(text);
  if (!match)
    throw new ContentError(file, ['frontmatter: missing (the file must start with a --- YAML block ---)']);
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    throw new ContentError(file, [`frontmatter: YAML syntax: ${(error as Error).message.split('\n')[0]}`]);
  }
  const frontmatter = parseOrThrow(lessonFrontmatterSchema, data, file, 'frontmatter');
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split('\n').length;
  return { slug, frontmatter, body, bodyLine, headings: extractHeadings(body), wordCount: countWords(body) };
}

/** `##` and `###` headings outside code fences, with the ids rehype-slug gives them. */
export function extractHeadings(body: string): LessonHeading[] {
  const slugger = new GithubSlugger();
  const headings: LessonHeading[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    // A closing run of # counts only after a space (CommonMark): `## C#` keeps its #.
    const match = /^(#{2,3})\s+(.+?)(?:\s+#+)?\s*$/.exec(line);
    if (!match) continue;
    const text = (match[2] ?? '').replace(/`([^`]*)`/g, '$1').replace(/\*\*?([^*]+)\*\*?/g, '$1');
    headings.push({ depth: match[1]!.length as 2 | 3, text, id: slugger.slug(text) });
  }
  return headings;
}

/** The components a learner does something with: a section holding one is a place to "try it". */
const HANDS_ON = /<(EcsSimulator|EksSimulator|EcrSimulator|VmSimulator|Drill|ComputeChooser|ComputeComparison)\b/;

/**
 * Ids of the headings whose section (down to the next heading of the same or a higher level, so a
 * `##` includes its `###`s) holds a simulator, a drill or another hands-on component.
 */
export function handsOnSections(body: string): Set<string> {
  const headings = extractHeadings(body);
  const found = new Set<string>();
  const open: LessonHeading[] = [];
  let next = 0;
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && /^#{2,3}\s+/.test(line)) {
      const heading = headings[next++];
      if (heading === undefined) continue;
      while (open.length > 0 && (open.at(-1)?.depth ?? 0) >= heading.depth) open.pop();
      open.push(heading);
    } else if (!inFence && HANDS_ON.test(line)) {
      for (const heading of open) found.add(heading.id);
    }
  }
  return found;
}

/** The question ids a lesson asks in place, in its `<CheckYourself ids={[…]} />` blocks, in order. */
export function checkYourselfIds(body: string): string[] {
  return [...body.matchAll(/<CheckYourself\s+ids=\{\[([^\]]*)\]\}/g)].flatMap((block) =>
    [...(block[1] ?? '').matchAll(/"([^"]+)"/g)].map((id) => id[1]!),
  );
}

function countWords(body: string): number {
  const prose = body.replace(/<[^>]+>/g, ' ').replace(/[#*_`>{}[\]()|-]/g, ' ');
  return prose.split(/\s+/).filter(Boolean).length;
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
