import { loadAllQuestions } from './banks';
import { loadCourseOutline } from './course';
import { mapCoverage, type CoverageMap } from './coverage';
import { loadLessonSource } from './lessons';
import { sectionCoverage } from './section-coverage';
import { loadSeedPoints } from './seed-points';

/**
 * The coverage map of the course as written: the seed points from `content/seed-coverage.md`, the
 * coverage markers of every lesson in course order, and every bank question. Markers that cannot be
 * read are left out here; `npm run check-content` names them.
 */
export function loadCoverageMap(): CoverageMap {
  const lessons = loadCourseOutline().lessons.map((lesson) => {
    const source = loadLessonSource(lesson.slug);
    return { slug: lesson.slug, title: lesson.title, sections: sectionCoverage(source.body, source.bodyLine).sections };
  });
  return mapCoverage(loadSeedPoints(), lessons, loadAllQuestions());
}
