import { parseExcerpt, type ExcerptSegment } from './excerpt';
import { isSearchKind, type SearchKind } from './kinds';

/** The parts of Pagefind's result data the dialog reads (pagefind.js 1.x `result.data()`). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  /** Absent on the sub-result for the text before a page's first heading. */
  readonly anchor?: { readonly id: string; readonly element?: string };
  readonly weighted_locations?: readonly { readonly balanced_score: number }[];
  readonly locations?: readonly number[];
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface SearchHit {
  /** Pagefind's result id: unique, where URLs are not (two questions can land on one section). */
  readonly id: string;
  readonly kind: SearchKind;
  readonly title: string;
  /** Where in its place the hit is: a lesson's section, the lesson that teaches a term, … */
  readonly context: string;
  readonly url: string;
  readonly excerpt: readonly ExcerptSegment[];
}

export interface SearchGroup {
  readonly kind: SearchKind;
  readonly label: string;
  /** How many results the kind has in all; the group shows the first `limit`. */
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

/** The groups in the order the dialog shows them, and how many hits of each it loads. */
export const SEARCH_GROUPS: readonly {
  readonly kind: SearchKind;
  readonly label: string;
  readonly limit: number;
}[] = [
  { kind: 'Lesson', label: 'Lessons', limit: 5 },
  { kind: 'Glossary', label: 'Glossary', limit: 4 },
  { kind: 'Question', label: 'Questions', limit: 5 },
];

function score(sub: PagefindSubResult): number {
  const weighted = sub.weighted_locations ?? [];
  return weighted.length > 0
    ? weighted.reduce((sum, location) => sum + location.balanced_score, 0)
    : (sub.locations?.length ?? 0);
}

/** The section of a page where the words weigh most: Pagefind lists sections in page order. */
export function bestSubResult(subs: readonly PagefindSubResult[]): PagefindSubResult | undefined {
  let best: PagefindSubResult | undefined;
  for (const sub of subs) if (best === undefined || score(sub) > score(best)) best = sub;
  return best;
}

/**
 * One result as the dialog shows it. A lesson lands on the heading nearest its best match (Pagefind's
 * sub-results), so the context says which section; glossary terms and questions carry their own
 * URL and context from the index. Null for a record of no kind the dialog knows.
 */
export function toSearchHit(id: string, data: PagefindResultData): SearchHit | null {
  const kind = data.meta.kind;
  if (!isSearchKind(kind)) return null;
  const title = data.meta.title ?? data.url;
  const context = data.meta.context ?? '';
  const section = kind === 'Lesson' ? bestSubResult(data.sub_results ?? []) : undefined;
  // The lesson's own title (its h1) is the page itself, not a section of it.
  if (section?.anchor && section.anchor.element !== 'h1') {
    return {
      id,
      kind,
      title,
      context: context ? `${context} › ${section.title}` : section.title,
      url: section.url,
      excerpt: parseExcerpt(section.excerpt),
    };
  }
  return { id, kind, title, context, url: data.url, excerpt: parseExcerpt(section?.excerpt ?? data.excerpt) };
}

/** The hits in the order the list shows them, for the arrow keys. */
export function flattenGroups(groups: readonly SearchGroup[]): SearchHit[] {
  return groups.flatMap((group) => group.hits);
}
