/**
 * The cache entry a request is answered from. The course is a static export with trailing
 * slashes: a page `/lessons/x/` is the file `/lessons/x/index.html`, and a host that redirects
 * `/lessons/x` to it is not there offline, so that form maps to the same file. Query strings
 * (Next's `?_rsc=` on its navigation payloads) never name a different file.
 */
export function cacheKeyFor(pathname: string): string {
  if (pathname.endsWith('/')) return `${pathname}index.html`;
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? pathname : `${pathname}/index.html`;
}

/** A file of the export (`lessons/x/index.html`, as listed from `out/`) as the URL path it is served at. */
export function fileUrl(relativePath: string): string {
  return `/${relativePath.split('\\').join('/')}`;
}

/** What the page and the service worker tell each other. */
export type WorkerMessage =
  | { readonly kind: 'saving'; readonly done: number; readonly total: number }
  | { readonly kind: 'skip-waiting' };
