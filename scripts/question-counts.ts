/**
 * Prints how many bank questions each written lesson, skill and seed point has:
 * `npm run questions`. The content tests hold the floors (10 per lesson, 3 per point taught).
 */
import { loadAllQuestions, loadSkills } from '../lib/content/banks';
import { loadCourseOutline } from '../lib/content/course';
import { loadLessonSource } from '../lib/content/lessons';

const questions = loadAllQuestions();
const outline = loadCourseOutline();
const count = (keep: (question: (typeof questions)[number]) => boolean) => questions.filter(keep).length;

console.log(`${questions.length} questions\n\nPer lesson`);
for (const lesson of outline.lessons) {
  console.log(`  ${String(count((q) => q.id.startsWith(`${lesson.slug}/`))).padStart(3)}  ${lesson.slug}`);
}
console.log('\nPer skill');
for (const skill of loadSkills().skills) {
  const n = count((q) => q.skill === skill.id);
  if (n > 0) console.log(`  ${String(n).padStart(3)}  ${skill.id}`);
}
console.log('\nPer seed point taught');
const taught = [...new Set(outline.lessons.flatMap((lesson) => loadLessonSource(lesson.slug).frontmatter.coverage))].sort((a, b) => a - b);
console.log(`  ${taught.map((point) => `${point}: ${count((q) => q.coverage.includes(point))}`).join(' · ')}`);
