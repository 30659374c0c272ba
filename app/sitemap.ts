import type { MetadataRoute } from 'next';
import { simulatorCatalog } from '@/components/sim/simulator-catalog';
import { loadCourseOutline } from '@/lib/content/course';
import { listScenarioIds } from '@/lib/content/scenarios';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-static';

/**
 * The pages a search engine should find: the course, every lesson, practice, the simulators and
 * each talk's handout. A talk's step-by-step screens are for the room, not for search.
 */
export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl(process.env.SITE_URL);
  const paths = [
    '',
    ...loadCourseOutline().lessons.map((lesson) => `lessons/${lesson.slug}/`),
    'glossary/',
    'practice/',
    'practice/exam/',
    'practice/generated/',
    'simulators/',
    ...simulatorCatalog.map((simulator) => `simulators/${simulator.id}/`),
    'simulators/compare/',
    'present/',
    ...listScenarioIds().map((id) => `present/${id}/handout/`),
  ];
  return paths.map((path) => ({ url: new URL(path, base).href }));
}
