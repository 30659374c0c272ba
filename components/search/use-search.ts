'use client';

import { useEffect, useState } from 'react';
import { SEARCH_GROUPS, toSearchHit, type SearchGroup, type SearchHit } from '@/lib/search/results';
import { loadPagefind, type Pagefind } from './pagefind-client';

/** Quiet time after a key before searching: one search per pause, not one per letter. */
const DEBOUNCE_MS = 150;

export type SearchState =
  /** Pagefind's code and index are loading (the first open only). */
  | { readonly phase: 'loading' }
  /** There is no index: `next dev`, or the files could not be fetched. */
  | { readonly phase: 'unavailable' }
  | {
      readonly phase: 'ready';
      readonly term: string;
      /** The results for `term`, or the last term's while a newer search runs (the list does not flash empty). */
      readonly groups: readonly SearchGroup[];
      /** The groups are not yet for `term`: a search is waiting out the debounce or running. */
      readonly searching: boolean;
    };

/** Each kind is searched on its own (a `kind` filter), so a thousand questions cannot crowd out the lessons. */
async function searchByKind(pagefind: Pagefind, term: string): Promise<SearchGroup[]> {
  const groups = await Promise.all(
    SEARCH_GROUPS.map(async ({ kind, label, limit }) => {
      const found = await pagefind.search(term, { filters: { kind } });
      const results = found?.results ?? [];
      const loaded = await Promise.all(
        results.slice(0, limit).map(async (result) => toSearchHit(result.id, await result.data())),
      );
      const hits = loaded.filter((hit): hit is SearchHit => hit !== null);
      return { kind, label, total: results.length, hits };
    }),
  );
  return groups.filter((group) => group.hits.length > 0);
}

/** Loads Pagefind when first used, then searches as `query` changes, debounced. */
export function useSearch(query: string): SearchState {
  const [pagefind, setPagefind] = useState<Pagefind | 'loading' | 'unavailable'>('loading');
  const [found, setFound] = useState<{ term: string; groups: readonly SearchGroup[] }>({
    term: '',
    groups: [],
  });
  const term = query.trim();

  useEffect(() => {
    let live = true;
    loadPagefind().then(
      (loaded) => live && setPagefind(loaded),
      () => live && setPagefind('unavailable'),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (typeof pagefind === 'string' || term === '') return;
    let live = true;
    const timer = setTimeout(() => {
      searchByKind(pagefind, term).then(
        (groups) => live && setFound({ term, groups }),
        () => live && setFound({ term, groups: [] }),
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [pagefind, term]);

  if (pagefind === 'loading' || pagefind === 'unavailable') return { phase: pagefind };
  if (term === '') return { phase: 'ready', term, groups: [], searching: false };
  return { phase: 'ready', term, groups: found.groups, searching: found.term !== term };
}
