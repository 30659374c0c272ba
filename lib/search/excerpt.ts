/**
 * Pagefind's excerpts are HTML: the page's words, entity-escaped, with `<mark>` around the matches.
 * The search dialog never injects that HTML. It reads it here into plain text segments, each marked
 * or not, and React renders them as text, so nothing in the content can ever run as markup.
 */

export interface ExcerptSegment {
  readonly text: string;
  readonly marked: boolean;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

function codePoint(value: number, original: string): string {
  // Out of range, a lone surrogate or NUL: keep what was written rather than throw or hide it.
  if (!Number.isInteger(value) || value <= 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff))
    return original;
  return String.fromCodePoint(value);
}

/** `&amp;` → `&`, `&#39;` → `'`, `&#x27;` → `'`; an entity it does not know stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return codePoint(Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10), entity);
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * Splits an excerpt into text and marked text. Only `<mark>` and `</mark>` mean anything; every
 * other tag (a `<script>`, an `<img onerror>`) is dropped whole, and its attributes with it.
 * Adjacent segments with the same marking are merged; empty ones are left out.
 */
export function parseExcerpt(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  const push = (raw: string) => {
    const text = decodeEntities(raw);
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.marked === marked) segments[segments.length - 1] = { text: last.text + text, marked };
    else segments.push({ text, marked });
  };
  // A tag is `<` then a letter or `/`: a lone `<` in text (`a < b`) is text, as a browser reads it.
  const tag = /<(\/?)([a-z][a-z0-9-]*)\b[^>]*>|<\/?[a-z][^>]*$/gi;
  let index = 0;
  for (const match of html.matchAll(tag)) {
    push(html.slice(index, match.index));
    index = match.index + match[0].length;
    if (match[2]?.toLowerCase() === 'mark') marked = match[1] !== '/';
  }
  push(html.slice(index));
  return segments;
}

/** The excerpt as plain text, for a screen reader's label or a title attribute. */
export function excerptText(segments: readonly ExcerptSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
