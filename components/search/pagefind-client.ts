import type { PagefindResultData } from '@/lib/search/results';

/** The parts of Pagefind's browser API (`/pagefind/pagefind.js`, written by `npm run build`) the dialog uses. */
export interface PagefindSearchResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: { excerptLength?: number; excerptEllipsis?: string }): Promise<void>;
  init(): Promise<void>;
  /** Null when a newer search superseded this one. */
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: readonly PagefindSearchResult[] } | null>;
}

/** Served from the export's root; it does not exist under `next dev`, which has no index. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/** Words around the match: about two lines of the dialog on a desktop, three on a phone. */
const EXCERPT_WORDS = 18;

let loading: Promise<Pagefind> | null = null;

/**
 * Loads Pagefind the first time search opens, never with a page: its code and WASM are fetched at
 * run time from the built site, outside the bundle (the comments keep Turbopack and webpack off it).
 * A failed load is forgotten, so opening search again retries.
 */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(
      /* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL
    )) as Pagefind;
    await pagefind.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
