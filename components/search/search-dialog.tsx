'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { flattenGroups, type SearchHit } from '@/lib/search/results';
import { SearchIcon } from './search-icon';
import { optionId, SearchResults } from './search-results';
import { useSearch, type SearchState } from './use-search';

/** What the status line says: read out by screen readers as it changes. */
function statusText(search: SearchState, count: number): ReactNode {
  switch (search.phase) {
    case 'loading':
      return 'Loading search…';
    case 'unavailable':
      // `next dev` has no index: it is built by `npm run build`. A built site without one is offline or broken.
      return process.env.NODE_ENV === 'development' ? (
        <>
          Search works in the built site: <code className="font-mono">npm start</code>
        </>
      ) : (
        'Search could not load. Check the connection and open it again.'
      );
    case 'ready':
      if (search.term === '') return 'Type to search the lessons, the glossary and the questions.';
      if (search.searching && count === 0) return 'Searching…';
      if (count === 0) return `No results for “${search.term}”`;
      return `${count} ${count === 1 ? 'result' : 'results'}${search.searching ? ', searching…' : ''}`;
    default: {
      const unreachable: never = search;
      return unreachable;
    }
  }
}

function Key({ children }: { children: string }) {
  return (
    <kbd className="rounded border border-[var(--border)] bg-[var(--bg-soft)] px-1.5 py-0.5 font-sans text-xs">
      {children}
    </kbd>
  );
}

/**
 * Site search: a modal dialog holding a combobox (the input keeps focus; ↑/↓ move through the
 * results with aria-activedescendant, Enter opens one, Escape closes and focus returns to where it
 * was). A dialog of its own rather than ModalDialog: the input stays put above a scrolling list.
 */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const listboxId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState({ term: '', index: 0 });
  const search = useSearch(query);
  const groups = search.phase === 'ready' ? search.groups : [];
  const hits = flattenGroups(groups);
  const term = search.phase === 'ready' ? search.term : '';
  // A new term starts again at the first result.
  const activeIndex = active.term === term ? Math.min(active.index, hits.length - 1) : 0;
  const activeHit = hits[activeIndex];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.select();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  function choose(hit: SearchHit) {
    onClose();
    router.push(hit.url);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (step !== 0 && hits.length > 0) {
      setActive({ term, index: (activeIndex + step + hits.length) % hits.length });
    } else if (event.key === 'Enter' && activeHit) {
      choose(activeHit);
    } else if (step === 0) {
      return;
    }
    event.preventDefault();
    // Practice answers with Enter and the talk moves with the arrows, on the window: not while searching.
    event.stopPropagation();
  }

  return (
    <dialog
      ref={dialogRef}
      onClose={onClose}
      // A click on the backdrop lands on the dialog itself (its content fills it): close, as Escape does.
      onClick={(event) => event.target === event.currentTarget && onClose()}
      aria-label="Search the course"
      className="m-0 h-dvh max-h-none w-full max-w-none flex-col bg-[var(--bg)] p-0 text-[var(--fg)] backdrop:bg-black/50 open:flex sm:mx-auto sm:mt-[10vh] sm:mb-auto sm:h-fit sm:max-h-[80vh] sm:w-[min(42rem,calc(100vw-2rem))] sm:rounded-xl sm:border sm:border-[var(--border)] sm:shadow-2xl"
    >
      <div className="focus-within:border-accent-500 flex shrink-0 items-center gap-2 border-b-2 border-[var(--border)] px-4">
        <SearchIcon className="size-5 shrink-0 text-[var(--fg-soft)]" />
        <input
          ref={inputRef}
          type="text"
          role="combobox"
          aria-label="Search lessons, glossary and questions"
          aria-expanded={hits.length > 0}
          aria-controls={hits.length > 0 ? listboxId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={activeHit ? optionId(listboxId, activeIndex) : undefined}
          placeholder="Search the course"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
          // The row's accent underline marks the focus; the site-wide outline would be clipped by it.
          className="h-14 min-w-0 flex-1 bg-transparent text-base outline-none! placeholder:text-[var(--fg-soft)]"
        />
        <button
          type="button"
          onClick={onClose}
          className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-[var(--bg-soft)]"
        >
          Close
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-2 py-3 sm:px-3">
        <p
          role="status"
          className={hits.length > 0 ? 'sr-only' : 'px-3 py-6 text-center text-[var(--fg-soft)]'}
          data-phase={search.phase}
        >
          {statusText(search, hits.length)}
        </p>
        {hits.length > 0 && (
          <SearchResults
            id={listboxId}
            groups={groups}
            activeIndex={activeIndex}
            onPoint={(index) => setActive({ term, index })}
            onChoose={choose}
          />
        )}
      </div>
      <p className="hidden shrink-0 gap-4 border-t border-[var(--border)] px-5 py-2 text-xs text-[var(--fg-soft)] sm:flex">
        <span>
          <Key>↑</Key> <Key>↓</Key> move
        </span>
        <span>
          <Key>Enter</Key> open
        </span>
        <span>
          <Key>Esc</Key> close
        </span>
      </p>
    </dialog>
  );
}
