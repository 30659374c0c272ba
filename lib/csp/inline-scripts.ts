import { sha256 } from '@noble/hashes/sha2';
import { utf8ToBytes } from '@noble/hashes/utils';

/**
 * Inline `<script>` elements (no `src`) of a built page, in document order. The HTML parser ends a
 * script's text at the first `</script`, so a plain scan finds exactly what the browser runs.
 */
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script/gi;

export function inlineScripts(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map((match) => match[1] ?? '').filter((text) => text.length > 0);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A CSP hash source for a script's exact text, as the browser computes it (SHA-256 of its UTF-8). */
export function scriptHashSource(text: string): string {
  return `'sha256-${base64(sha256(utf8ToBytes(text)))}'`;
}

/** The distinct hash sources of a page's inline scripts, sorted so a rebuild gives the same policy. */
export function inlineScriptHashSources(html: string): string[] {
  return [...new Set(inlineScripts(html).map(scriptHashSource))].sort();
}
