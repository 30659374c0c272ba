/** What a built page links to and what it can be linked to: read from its HTML. */
export interface PageLinks {
  /** Every URL in an href or src (links, stylesheets, scripts, images, SVG <use>), entities decoded. */
  readonly targets: readonly string[];
  /** Every fragment a link can land on: element ids and named anchors. */
  readonly anchors: ReadonlySet<string>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

// Script bodies hold the page's data, not markup: their quoted "href"s are not links.
const SCRIPT_BODIES = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const TARGET = /<(?:a|link|script|img|source|use|area|iframe)\b[^>]*?\s(?:href|src|xlink:href)="([^"]*)"/gi;
const ANCHOR = /\s(?:id|name)="([^"]*)"/gi;
const OG_IMAGE = /<meta\s+property="og:image"\s+content="([^"]*)"/gi;

export function pageLinks(html: string): PageLinks {
  const markup = html.replace(SCRIPT_BODIES, '<script></script>');
  const targets = [...markup.matchAll(TARGET), ...markup.matchAll(OG_IMAGE)].map((match) => decodeEntities(match[1] ?? ''));
  const anchors = new Set([...markup.matchAll(ANCHOR)].map((match) => decodeEntities(match[1] ?? '')));
  return { targets, anchors };
}
