import { parseOrThrow, ContentError } from './content-error';
import { contentPath, displayPath, readYaml } from './files';
import { loadLessonSource, readingMinutes, type LessonSource } from './lessons';
import { courseSchema, type Course } from './schemas';

export interface LessonSummary {
  readonly slug: string;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly minutes: number;
  readonly readingMinutes: number;
  readonly moduleId: string;
  readonly moduleTitle: string;
}

export interface CourseOutline {
  readonly title: string;
  readonly tagline: string;
  /** Modules that have at least one written lesson, in course order. */
  readonly modules: readonly { id: string; title: string; summary: string; lessons: readonly LessonSummary[] }[];
  /** Every lesson in reading order. */
  readonly lessons: readonly LessonSummary[];
}

export function loadCourse(): Course {
  const path = contentPath('course.yaml');
  const course = parseOrThrow(courseSchema, readYaml(path), displayPath(path));
  const seen = new Set<string>();
  for (const courseModule of course.modules) {
    for (const slug of courseModule.lessons) {
      if (seen.has(slug)) throw new ContentError(displayPath(path), [`modules.${courseModule.id}.lessons: "${slug}" is listed twice`]);
      seen.add(slug);
    }
  }
  return course;
}

function summarise(source: LessonSource, number: number, courseModule: Course['modules'][number]): LessonSummary {
  const { frontmatter } = source;
  return {
    slug: source.slug,
    number,
    title: frontmatter.title,
    summary: frontmatter.summary,
    objectives: frontmatter.objectives,
    minutes: frontmatter.minutes,
    readingMinutes: readingMinutes(source.wordCount),
    moduleId: courseModule.id,
    moduleTitle: courseModule.title,
  };
}

/** The course map: modules in order, each lesson numbered across the course (01, 02, …). */
export function loadCourseOutline(): CourseOutline {
  const course = loadCourse();
  const lessons: LessonSummary[] = [];
  const modules = course.modules
    .filter((courseModule) => courseModule.lessons.length > 0)
    .map((courseModule) => {
      const moduleLessons = courseModule.lessons.map((slug) => {
        const summary = summarise(loadLessonSource(slug), lessons.length + 1, courseModule);
        lessons.push(summary);
        return summary;
      });
      return { id: courseModule.id, title: courseModule.title, summary: courseModule.summary, lessons: moduleLessons };
    });
  return { title: course.title, tagline: course.tagline, modules, lessons };
}

export function formatLessonNumber(number: number): string {
  return String(number).padStart(2, '0');
}
