import type { SeedPoint } from './seed-points';
import type { SectionCoverage } from './section-coverage';

/** The fewest bank questions that must test each seed point (issue 9). */
export const MIN_QUESTIONS_PER_POINT = 3;

/** A lesson as the coverage map needs it: its sections' markers, in reading order. */
export interface CoverageLesson {
  readonly slug: string;
  readonly title: string;
  readonly sections: readonly SectionCoverage[];
}

export interface CoverageQuestion {
  readonly id: string;
  readonly coverage: readonly number[];
}

/** One place a point is taught: a lesson section, with the address that opens it. */
export interface TeachingSection {
  readonly lesson: string;
  readonly lessonTitle: string;
  readonly heading: string;
  readonly anchor: string;
  /** `/lessons/<slug>/#<anchor>`, as the static site serves it. */
  readonly url: string;
}

export interface PointCoverage {
  readonly point: SeedPoint;
  readonly taughtIn: readonly TeachingSection[];
  /** Ids of the bank questions whose `coverage` names the point. */
  readonly questions: readonly string[];
}

export type CoverageFailure =
  | { readonly kind: 'not-taught'; readonly point: number; readonly message: string }
  | { readonly kind: 'too-few-questions'; readonly point: number; readonly message: string }
  | { readonly kind: 'unknown-point'; readonly point: number; readonly message: string };

export interface CoverageMap {
  readonly points: readonly PointCoverage[];
  /** Empty when every point is taught by a section and tested by enough questions. */
  readonly failures: readonly CoverageFailure[];
}

/**
 * Maps every seed point to the lesson sections that teach it and the bank questions that test it,
 * and lists what falls short: a point no section teaches, a point with fewer than `minQuestions`
 * questions, and a marker or question naming a point the seed does not have. Pure: the caller
 * loads the files (see `loadCoverageMap`).
 */
export function mapCoverage(
  points: readonly SeedPoint[],
  lessons: readonly CoverageLesson[],
  questions: readonly CoverageQuestion[],
  minQuestions = MIN_QUESTIONS_PER_POINT,
): CoverageMap {
  const known = new Set(points.map((point) => point.id));
  const failures: CoverageFailure[] = [];
  const mapped = points.map((point): PointCoverage => {
    const taughtIn = lessons.flatMap((lesson) =>
      lesson.sections
        .filter((section) => section.points.includes(point.id))
        .map((section) => ({
          lesson: lesson.slug,
          lessonTitle: lesson.title,
          heading: section.heading.text,
          anchor: section.heading.id,
          url: `/lessons/${lesson.slug}/#${section.heading.id}`,
        })),
    );
    const tested = questions.filter((question) => question.coverage.includes(point.id)).map((question) => question.id);
    const name = `Point ${point.id} (${quote(point.text)})`;
    if (taughtIn.length === 0)
      failures.push({
        kind: 'not-taught',
        point: point.id,
        message: `${name} is taught by no lesson section: add {/* coverage: ${point.id} */} under the heading of the section that teaches it, or write that section`,
      });
    if (tested.length < minQuestions)
      failures.push({
        kind: 'too-few-questions',
        point: point.id,
        message: `${name} is tested by ${tested.length} bank question${tested.length === 1 ? '' : 's'}${tested.length > 0 ? ` (${tested.join(', ')})` : ''}; it needs at least ${minQuestions}`,
      });
    return { point, taughtIn, questions: tested };
  });
  for (const lesson of lessons) {
    for (const section of lesson.sections) {
      for (const point of section.points.filter((id) => !known.has(id)))
        failures.push({ kind: 'unknown-point', point, message: `${lesson.slug}#${section.heading.id} names point ${point}, which COVERAGE.md does not have` });
    }
  }
  for (const question of questions) {
    for (const point of question.coverage.filter((id) => !known.has(id)))
      failures.push({ kind: 'unknown-point', point, message: `question ${question.id} names point ${point}, which COVERAGE.md does not have` });
  }
  return { points: mapped, failures };
}

/** The start of a point's text, enough to recognise it in a failure message. */
function quote(text: string, max = 60): string {
  return `"${text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text}"`;
}
