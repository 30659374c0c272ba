'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { THEME_STORAGE_KEY } from '@/lib/theme-script';

type ThemeChoice = 'system' | 'light' | 'dark';
const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Same as system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

function readChoice(): ThemeChoice {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

function applyChoice(choice: ThemeChoice) {
  const dark =
    choice === 'dark' || (choice === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** A small menu: follow the system, or force light or dark. The choice persists in this browser. */
export function ThemeToggle() {
  // The menu is closed during hydration, so reading storage in the initialiser cannot mismatch the server HTML.
  const [choice, setChoice] = useState<ThemeChoice>(readChoice);
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const rootRef = useRef<HTMLDivElement>(null);


  useEffect(() => {
    if (choice !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const follow = () => applyChoice('system');
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, [choice]);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !rootRef.current?.contains(event.target as Node)) {
        setOpen(false);
      }
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  function choose(next: ThemeChoice) {
    setChoice(next);
    applyChoice(next);
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the theme still applies for this page.
    }
    setOpen(false);
  }

  return (
    <div ref={rootRef} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
        className="flex size-10 items-center justify-center rounded-md text-[var(--fg-soft)] hover:bg-[var(--bg-soft)] hover:text-[var(--fg)]"
      >
        <span className="sr-only">Theme</span>
        <svg viewBox="0 0 24 24" className="size-5" aria-hidden="true">
          <circle cx="12" cy="12" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12 4a8 8 0 0 1 0 16Z" fill="currentColor" />
        </svg>
      </button>
      {open && (
        <fieldset
          id={menuId}
          className="absolute right-0 mt-2 w-48 rounded-lg border border-[var(--border)] bg-[var(--bg)] p-2 shadow-lg"
        >
          <legend className="sr-only">Theme</legend>
          {choices.map((option) => (
            <label
              key={option.value}
              className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-2 text-sm hover:bg-[var(--bg-soft)]"
            >
              <input
                type="radio"
                name="theme"
                value={option.value}
                checked={choice === option.value}
                onChange={() => choose(option.value)}
                className="accent-accent-600"
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
