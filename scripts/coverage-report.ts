/**
 * `npm run coverage`: every point of the seed's COVERAGE.md with the lesson sections that teach it
 * (lesson title § heading, and the address that opens the section) and how many bank questions test
 * it. Exits 1 when a point falls short, with the same messages as the gate in
 * lib/content/coverage.test.ts.
 */
import { ContentError } from '../lib/content/content-error';
import { MIN_QUESTIONS_PER_POINT } from '../lib/content/coverage';
import { loadCoverageMap } from '../lib/content/load-coverage';

try {
  const map = loadCoverageMap();
  let topic: string | undefined;
  for (const { point, taughtIn, questions } of map.points) {
    if (point.topic !== topic) {
      topic = point.topic;
      console.log(`\n${topic}`);
    }
    const short = questions.length < MIN_QUESTIONS_PER_POINT ? `  (needs ${MIN_QUESTIONS_PER_POINT})` : '';
    console.log(`${String(point.id).padStart(3)}. ${point.text}`);
    console.log(`     questions: ${questions.length}${short}`);
    if (taughtIn.length === 0) console.log('     taught in: NOTHING');
    for (const section of taughtIn) console.log(`     taught in: ${section.lessonTitle} § ${section.heading}  ${section.url}`);
  }
  const sections = new Set(map.points.flatMap((entry) => entry.taughtIn.map((section) => section.url))).size;
  console.log(`\n${map.points.length} points, taught in ${sections} lesson sections.`);
  if (map.failures.length > 0) {
    console.error(`\nCoverage falls short (${map.failures.length}):\n${map.failures.map((failure) => `  - ${failure.message}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Every point is taught by a section and tested by at least ${MIN_QUESTIONS_PER_POINT} bank questions.`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
