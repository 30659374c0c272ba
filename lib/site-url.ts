/** Where `npm start` serves the course: the address used when no SITE_URL is given. */
export const LOCAL_SITE_URL = 'http://localhost:3000/';

/**
 * The address the course is published at, for what must be absolute (the sitemap, Open Graph
 * images, canonical links): `SITE_URL` at build time, e.g. `SITE_URL=https://dockyard.example.org npm run build`. The course is served from the root of its host.
 */
export function siteUrl(value: string | undefined): URL {
  if (value === undefined || value.trim() === '') return new URL(LOCAL_SITE_URL);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL "${value}" is not an absolute URL: give one like https://courses.example.org/dockyard/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${value}" must start with https:// (or http://), not ${url.protocol}`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${value}" must be the root of a host, like https://dockyard.example.org: the course's links start at /.`);
  }
  return url;
}
