import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from './content-error';
import { mapCoverage, type CoverageLesson } from './coverage';
import { loadCoverageMap } from './load-coverage';
import { pointsTaught, sectionCoverage } from './section-coverage';
import { loadSeedPoints, parseSeedPoints, SEED_COVERAGE_FILE, sharedCoverageFile } from './seed-points';

describe('parseSeedPoints', () => {
  it('reads each numbered point with the ## topic above it, and skips the title and prose', () => {
    const markdown = [
      '# What the course must teach',
      '',
      'Every point below must be taught. 1979 is a year, not a point.',
      '',
      '## Compute on AWS',
      '1. Three categories of compute.',
      '2. Containers host many workloads.',
      '',
      '## Docker',
      '3. Docker is a runtime.',
    ].join('\n');
    expect(parseSeedPoints(markdown)).toEqual([
      { id: 1, topic: 'Compute on AWS', text: 'Three categories of compute.' },
      { id: 2, topic: 'Compute on AWS', text: 'Containers host many workloads.' },
      { id: 3, topic: 'Docker', text: 'Docker is a runtime.' },
    ]);
  });

  it('joins a point that wraps onto the next lines, and ignores numbered lines in code fences', () => {
    const markdown = ['## A', '7. A point that', '   wraps (teach it accurately).', '```', '8. not a point', '```', '9) Another style.'].join('\n');
    expect(parseSeedPoints(markdown).map((point) => [point.id, point.text])).toEqual([
      [7, 'A point that wraps (teach it accurately).'],
      [9, 'Another style.'],
    ]);
  });

  it('names the file and the line when a number repeats', () => {
    expect(() => parseSeedPoints(['## A', '1. One.', '1. One again.'].join('\n'), 'seed.md')).toThrow(
      /seed\.md[\s\S]*line 3: point 1 is numbered twice/,
    );
  });

  it('refuses a file with no numbered points', () => {
    expect(() => parseSeedPoints('# Nothing here\n\nJust prose.')).toThrow(ContentError);
  });

  it('reads the 33 points of the seed, in order', () => {
    const points = loadSeedPoints();
    expect(points.map((point) => point.id)).toEqual(Array.from({ length: 33 }, (_, index) => index + 1));
    expect(points[19]).toMatchObject({ id: 20, topic: 'Amazon ECS' });
    expect(points[32]?.text).toMatch(/^Amazon ECS Express Mode/);
  });
});

describe('sectionCoverage', () => {
  it('gives each marker to the ## or ### heading above it, skipping code fences', () => {
    const body = [
      'Intro.',
      '## Two stacks',
      '{/* coverage: 8 */}',
      '### The hypervisor',
      '{/* coverage: 8, 10 */}',
      '```mdx',
      '{/* coverage: 1 */}',
      '```',
      '## Unmarked',
      'Words.',
    ].join('\n');
    const { sections, problems } = sectionCoverage(body);
    expect(problems).toEqual([]);
    expect(sections.map((section) => [section.heading.id, section.points])).toEqual([
      ['two-stacks', [8]],
      ['the-hypervisor', [8, 10]],
    ]);
    expect(pointsTaught(sections)).toEqual([8, 10]);
  });

  it('names the file line of a malformed, misplaced, doubled or quiz marker', () => {
    const body = [
      '{/* coverage: 1 */}',
      '## Teaching',
      '{/* coverage 2 */}',
      '{/* coverage: 3 */}',
      '{/* coverage: 4 */}',
      '## Check yourself',
      '{/* coverage: 3 */}',
    ].join('\n');
    expect(sectionCoverage(body, 10).problems).toEqual([
      'line 10: a coverage marker must sit under the heading of the section that teaches the points',
      'line 12: write a coverage marker as {/* coverage: 1, 2 */}, on a line of its own',
      'line 14: section "Teaching" has two coverage markers',
      'line 16: "Check yourself" tests the lesson and teaches nothing: mark the section that teaches the points',
    ]);
  });
});

describe('mapCoverage', () => {
  const points = [
    { id: 1, topic: 'Compute', text: 'The three main categories of compute are virtual machines, containers and serverless.' },
    { id: 2, topic: 'Compute', text: 'Containers host many kinds of workloads.' },
  ];
  const lesson = (sections: [string, string, number[]][]): CoverageLesson => ({
    slug: 'compute-on-aws',
    title: 'Compute on AWS',
    sections: sections.map(([text, id, covered]) => ({ heading: { depth: 2, text, id }, points: covered })),
  });
  const questions = (point: number, count: number) =>
    Array.from({ length: count }, (_, index) => ({ id: `compute-on-aws/p${point}-${index + 1}`, coverage: [point] }));

  it('lists, for each point, the sections that teach it with their address, and the questions that test it', () => {
    const map = mapCoverage(
      points,
      [lesson([['Three categories', 'three-categories', [1]], ['What containers are good for', 'what-containers-are-good-for', [1, 2]]])],
      [...questions(1, 3), ...questions(2, 4)],
    );
    expect(map.failures).toEqual([]);
    expect(map.points[0]?.taughtIn.map((section) => section.url)).toEqual([
      '/lessons/compute-on-aws/#three-categories',
      '/lessons/compute-on-aws/#what-containers-are-good-for',
    ]);
    expect(map.points[1]).toMatchObject({
      taughtIn: [{ lessonTitle: 'Compute on AWS', heading: 'What containers are good for', anchor: 'what-containers-are-good-for' }],
      questions: ['compute-on-aws/p2-1', 'compute-on-aws/p2-2', 'compute-on-aws/p2-3', 'compute-on-aws/p2-4'],
    });
  });

  it('fails a point tested by only 2 questions, naming the point and the questions', () => {
    const map = mapCoverage(points, [lesson([['Both', 'both', [1, 2]]])], [...questions(1, 3), ...questions(2, 2)]);
    expect(map.failures).toEqual([
      {
        kind: 'too-few-questions',
        point: 2,
        message:
          'Point 2 ("Containers host many kinds of workloads.") is tested by 2 bank questions (compute-on-aws/p2-1, compute-on-aws/p2-2); it needs at least 3',
      },
    ]);
  });

  it('fails a point no section teaches, even when questions test it', () => {
    const map = mapCoverage(points, [lesson([['Three categories', 'three-categories', [1]]])], [...questions(1, 3), ...questions(2, 3)]);
    expect(map.failures.map((failure) => [failure.kind, failure.point])).toEqual([['not-taught', 2]]);
    expect(map.failures[0]?.message).toMatch(/^Point 2 \("Containers host/);
  });

  it('fails a marker or a question that names a point the seed does not have', () => {
    const map = mapCoverage(points, [lesson([['All', 'all', [1, 2, 40]]])], [...questions(1, 3), ...questions(2, 3), ...questions(41, 1)]);
    expect(map.failures.map((failure) => failure.message)).toEqual([
      'compute-on-aws#all names point 40, which COVERAGE.md does not have',
      'question compute-on-aws/p41-1 names point 41, which COVERAGE.md does not have',
    ]);
  });
});

describe('the course content', () => {
  const shared = sharedCoverageFile();

  // Skipped only where the shared folder is not beside the repository (a worktree, a lone clone):
  // there is nothing to compare the copy with.
  it.skipIf(shared === undefined)('keeps content/seed-coverage.md identical to ../shared/seed/COVERAGE.md', () => {
    expect(readFileSync(SEED_COVERAGE_FILE, 'utf8')).toBe(readFileSync(shared!, 'utf8'));
  });

  it('teaches every seed point in a lesson section and tests it with at least 3 bank questions', () => {
    expect(loadCoverageMap().failures.map((failure) => failure.message)).toEqual([]);
  });
});
