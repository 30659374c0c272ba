'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { opensSearch, type ShortcutTarget } from '@/lib/search/shortcut';
import { SearchIcon } from './search-icon';

// The dialog's code loads on the first open, not with the page; Pagefind itself loads after that.
const SearchDialog = lazy(() =>
  import('./search-dialog').then((module) => ({ default: module.SearchDialog })),
);

const NOT_TYPING = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Where focus is, in the terms of the shortcut rule (lib/search/shortcut.ts). */
function describeTarget(target: EventTarget | null): ShortcutTarget {
  const element = target instanceof Element ? target : null;
  const typing =
    (element instanceof HTMLElement && element.isContentEditable) ||
    (element instanceof HTMLInputElement && !NOT_TYPING.has(element.type)) ||
    element instanceof HTMLTextAreaElement ||
    element instanceof HTMLSelectElement ||
    element?.closest('.cm-editor') != null;
  return {
    typing,
    ownsSlash: element?.closest('[data-owns-slash-key]') != null,
    dialogOpen: document.querySelector('dialog[open]') !== null,
  };
}

/** The header's search button, and the `/` and Ctrl+K / Cmd+K shortcuts that open search from anywhere. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  // Mounted from the first open on, so the dialog keeps its query between opens.
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      // On the window, after the page's own handlers: a simulator that took `/` has prevented its default.
      if (!opensSearch(event, describeTarget(event.target))) return;
      event.preventDefault();
      setWanted(true);
      setOpen(true);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K Meta+K"
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
        // An icon like the theme toggle's until md; then a field-like button with its key, and its name from lg.
        className="hover:border-accent-500 flex size-10 items-center justify-center gap-2 rounded-md text-[var(--fg-soft)] hover:bg-[var(--bg-soft)] hover:text-[var(--fg)] md:h-9 md:w-auto md:rounded-lg md:border md:border-[var(--border)] md:bg-[var(--bg-soft)] md:px-2.5"
      >
        <SearchIcon className="size-5 md:size-4" />
        <span className="sr-only text-sm lg:not-sr-only">Search</span>
        <kbd
          aria-hidden="true"
          className="hidden rounded border border-[var(--border)] bg-[var(--bg)] px-1.5 font-sans text-xs leading-5 md:inline"
        >
          /
        </kbd>
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
