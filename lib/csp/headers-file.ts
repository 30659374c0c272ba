/**
 * The response headers a host sends with the export, as a `_headers` file (the format Netlify and
 * Cloudflare Pages read; the README maps it to S3 + CloudFront). Only headers cannot be set by a
 * page itself: `frame-ancestors` (a `<meta>` policy ignores it), caching of hashed assets, and the
 * service worker's freshness.
 */
export interface HeaderRule {
  /** A path, or a prefix ending in `*`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

export const EMBED_ROUTE = 'embed';
const FRAMED_BY_ANYONE = 'frame-ancestors *';
const FRAMED_BY_SELF = "frame-ancestors 'self'";

/**
 * Rules for an export whose top level holds `entries` (route folders and files). Every route gets
 * exactly one `frame-ancestors`: hosts join a header set by two matching rules, and two policies
 * are both enforced, so `/*` must never carry it.
 */
export function hostHeaderRules(entries: readonly string[]): HeaderRule[] {
  const routes = entries.filter((entry) => !entry.includes('.') && !entry.startsWith('_') && entry !== EMBED_ROUTE);
  const framedBySelf = [...routes.map((route) => `/${route}/*`), '/', '/index.html', '/404.html'];
  return [
    {
      path: '/*',
      headers: { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' },
    },
    ...framedBySelf.sort().map((path) => ({ path, headers: { 'Content-Security-Policy': FRAMED_BY_SELF } })),
    ...(entries.includes(EMBED_ROUTE)
      ? [{ path: `/${EMBED_ROUTE}/*`, headers: { 'Content-Security-Policy': FRAMED_BY_ANYONE } }]
      : []),
    { path: '/_next/static/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: '/sw.js', headers: { 'Cache-Control': 'no-cache' } },
  ];
}

export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ path, headers }) =>
      [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n');
}

/** Reads a `_headers` file: a path line, then its indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: Record<string, string> }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path, or has no "Name: value".`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

function matches(rulePath: string, pathname: string): boolean {
  return rulePath.endsWith('*') ? pathname.startsWith(rulePath.slice(0, -1)) : pathname === rulePath;
}

/** The headers a request for `pathname` gets: every matching rule, a repeated name joined as hosts do. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ path }) => matches(path, pathname))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}
