/**
 * After the build: every internal link and anchor of `out/` resolves. Run by `npm test`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { checkLinks } from '../lib/links/check-links';
import { siteUrl } from '../lib/site-url';

const OUT = 'out';
// Absolute links to the site itself (Open Graph images, the sitemap) are checked as internal ones.
const ORIGIN = siteUrl(process.env.SITE_URL).origin;

/** Fragments the page's own script reads, not element ids (see each route's hash handling). */
function isStateFragment(pathname: string, fragment: string): boolean {
  if (fragment.startsWith('sim=')) return true; // a share link: components/sim/use-share-link.ts
  if (/^\/present\//.test(pathname) && /^\d+$/.test(fragment)) return true; // a talk's step
  if (pathname === '/practice/generated/' && /^[a-z-]+(:\d+)?$/.test(fragment)) return true; // kind:seed
  return false;
}

const files = readdirSync(OUT, { recursive: true, encoding: 'utf8' }).map((name) => `/${name.split(sep).join('/')}`);
const paths = new Set(files);
const pages = new Map(
  files.filter((file) => file.endsWith('.html')).map((file) => [file, readFileSync(join(OUT, file), 'utf8')]),
);
// The sitemap's addresses are links too.
const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
pages.set('/sitemap.xml', [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/g)].map(([, loc]) => `<a href="${loc}"></a>`).join(''));
const broken = checkLinks({ paths, pages }, ORIGIN, isStateFragment);
if (broken.length > 0) {
  console.error(`Link check failed: ${broken.length} broken links\n${broken.map((b) => `  - ${b.page}: ${b.target} (${b.problem})`).join('\n')}`);
  process.exit(1);
}
console.log(`Link check passed: every link and anchor of ${pages.size} pages resolves.`);
