/**
 * Prints how many bank questions each written lesson, skill and seed point has, and the kinds of
 * generated question per skill:
 * `npm run questions`. The content tests hold the floors (10 per lesson, 3 per point taught).
 */
import { loadAllQuestions, loadSkills } from '../lib/content/banks';
import { loadCourseOutline } from '../lib/content/course';
import { loadLessonSource } from '../lib/content/lessons';
import { GENERATOR_CATALOG } from '../lib/quiz/generators/catalog';

const questions = loadAllQuestions();
const outline = loadCourseOutline();
const count = (keep: (question: (typeof questions)[number]) => boolean) => questions.filter(keep).length;

console.log(`${questions.length} questions\n\nPer lesson`);
for (const lesson of outline.lessons) {
  console.log(`  ${String(count((q) => q.id.startsWith(`${lesson.slug}/`))).padStart(3)}  ${lesson.slug}`);
}
console.log('\nPer skill (+ kinds of generated question)');
for (const skill of loadSkills().skills) {
  const n = count((q) => q.skill === skill.id);
  const kinds = GENERATOR_CATALOG.filter((kind) => kind.skill === skill.id).length;
  if (n > 0 || kinds > 0) console.log(`  ${String(n).padStart(3)}${kinds > 0 ? ` + ${kinds}` : ''}  ${skill.id}`);
}
console.log('\nPer seed point taught');
const taught = [...new Set(outline.lessons.flatMap((lesson) => loadLessonSource(lesson.slug).frontmatter.coverage))].sort((a, b) => a - b);
console.log(`  ${taught.map((point) => `${point}: ${count((q) => q.coverage.includes(point))}`).join(' · ')}`);
console.log(`\n${count((q) => q.tryIt !== undefined)} questions link to a hands-on section (tryIt)`);
console.log(`${GENERATOR_CATALOG.length} kinds of generated question: ${GENERATOR_CATALOG.map((kind) => kind.id).join(', ')}`);
