/**
 * The Content-Security-Policy the static site meets. Each page carries it in a `<meta>` element
 * with the hashes of its own inline scripts (Next writes the page's data as inline scripts and the
 * theme is set by one before first paint), so any static host enforces it without configuration.
 *
 * - `'wasm-unsafe-eval'`: Pagefind's search runs as WebAssembly; it allows compiling WebAssembly,
 *   not `eval` of JavaScript.
 * - `style-src 'unsafe-inline'`: CodeMirror and framer-motion insert `<style>` elements and the
 *   code highlighter writes `style` attributes; styles cannot run script.
 * - `frame-ancestors` is ignored in a `<meta>` policy: hosts send it as a header (see headers-file.ts).
 */
export function pagePolicy(scriptHashSources: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashSources],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

const CHARSET_META = /<meta charset="utf-8"\s*\/?>/i;
const POLICY_META = /<meta http-equiv="Content-Security-Policy"[^>]*>/gi;

/**
 * The page with its policy as the first thing after the charset declaration: a `<meta>` policy
 * only governs what comes after it, so it must precede every script. A policy already there is replaced.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const page = html.replace(POLICY_META, '');
  const match = CHARSET_META.exec(page);
  if (!match) throw new Error('The page has no <meta charset="utf-8"> to put its policy after.');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('"', '&quot;')}"/>`;
  const end = match.index + match[0].length;
  return `${page.slice(0, end)}${meta}${page.slice(end)}`;
}
