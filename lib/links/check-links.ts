import { pageLinks, type PageLinks } from './page-links';

/**
 * Every internal link and anchor of a built site resolves. Fragments that carry state for the
 * page's script rather than naming an element (a share link's `#sim=…`, a talk's step `#3`, a
 * generated question `#kind:seed`) are not anchors: `stateFragment` says which those are.
 */
export interface SiteFiles {
  /** URL path of every file of the export, e.g. `/lessons/x/index.html`, `/_next/static/a.js`. */
  readonly paths: ReadonlySet<string>;
  /** The HTML of every page, by URL path of its file. */
  readonly pages: ReadonlyMap<string, string>;
}

export interface BrokenLink {
  readonly page: string;
  readonly target: string;
  readonly problem: string;
}

const NOT_CHECKED = /^(?:mailto:|tel:|data:|blob:)/i;

/** The file a URL path is served from, as a static host maps it with trailing slashes. */
function fileFor(pathname: string): string {
  return pathname.endsWith('/') ? `${pathname}index.html` : pathname;
}

/** `/lessons/x/index.html` → the URL the page is opened at, `/lessons/x/`. */
function pageUrl(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function checkLinks(
  site: SiteFiles,
  origin: string,
  stateFragment: (pathname: string, fragment: string) => boolean,
): BrokenLink[] {
  const links = new Map<string, PageLinks>([...site.pages].map(([file, html]) => [file, pageLinks(html)]));
  const broken: BrokenLink[] = [];
  for (const [file, { targets }] of links) {
    const page = pageUrl(file);
    for (const target of targets) {
      if (target === '' || NOT_CHECKED.test(target)) continue;
      if (/^javascript:/i.test(target)) {
        broken.push({ page, target, problem: 'a javascript: URL' });
        continue;
      }
      const url = new URL(target, `${origin}${page}`);
      if (url.origin !== origin) continue;
      const pathname = decodeURIComponent(url.pathname);
      const targetFile = fileFor(pathname);
      if (!site.paths.has(targetFile)) {
        const hint = site.paths.has(`${pathname}/index.html`) ? ` (did you mean ${pathname}/?)` : '';
        broken.push({ page, target, problem: `no such file${hint}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment === '' || stateFragment(pathname, fragment)) continue;
      const anchors = links.get(targetFile)?.anchors;
      if (anchors && !anchors.has(fragment)) broken.push({ page, target, problem: `no element with id "${fragment}"` });
    }
  }
  return broken;
}
