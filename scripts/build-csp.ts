/**
 * After `next build`, before the service worker: gives every page of `out/` its
 * Content-Security-Policy (a `<meta>` with the hashes of that page's own inline scripts) and writes
 * `out/_headers` with what only a host can send (`frame-ancestors`, caching).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatHeadersFile, hostHeaderRules } from '../lib/csp/headers-file';
import { inlineScriptHashSources } from '../lib/csp/inline-scripts';
import { pagePolicy, withPolicyMeta } from '../lib/csp/page-policy';

const OUT = 'out';

const pages = readdirSync(OUT, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => join(entry.parentPath, entry.name));

let longest = 0;
for (const page of pages) {
  const html = readFileSync(page, 'utf8');
  const policy = pagePolicy(inlineScriptHashSources(html));
  longest = Math.max(longest, policy.length);
  writeFileSync(page, withPolicyMeta(html, policy));
}
writeFileSync(join(OUT, '_headers'), `${formatHeadersFile(hostHeaderRules(readdirSync(OUT)))}\n`);
console.log(`CSP: ${pages.length} pages, each with its own inline-script hashes (longest policy ${longest} characters); out/_headers written`);
