/**
 * Runs before `next build`: every content file against its schema, then the references between
 * files. A broken file fails the build with the file name and the field at fault.
 */
import { ContentError } from '../lib/content/content-error';
import { loadCourseOutline } from '../lib/content/course';
import { findContentProblems } from '../lib/content/validate-content';

try {
  const outline = loadCourseOutline();
  const problems = findContentProblems();
  if (problems.length > 0) {
    console.error(`Content check failed (${problems.length} problems):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Content check passed: ${outline.lessons.length} lessons in ${outline.modules.length} modules.`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`Content check failed: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
