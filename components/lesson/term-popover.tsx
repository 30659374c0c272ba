'use client';

import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A term with its definition in a popover: a real button, so it works by keyboard and by touch.
 * Escape or a tap elsewhere closes it; the popover is shifted to stay inside a narrow screen.
 */
export function TermPopover({
  id,
  term,
  definition,
  children,
}: {
  id: string;
  term: string;
  definition: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const popoverId = useId();
  const rootRef = useRef<HTMLSpanElement>(null);
  const popoverRef = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  useLayoutEffect(() => {
    const popover = popoverRef.current;
    if (!open || !popover) return;
    popover.style.transform = '';
    // On phones it is a bottom sheet (fixed, full width): nothing to shift.
    if (getComputedStyle(popover).position === 'fixed') return;
    const rect = popover.getBoundingClientRect();
    const overflowRight = rect.right - (window.innerWidth - 8);
    const overflowLeft = 8 - rect.left;
    const shift = overflowRight > 0 ? -overflowRight : overflowLeft > 0 ? overflowLeft : 0;
    if (shift) popover.style.transform = `translateX(${shift}px)`;
  }, [open]);

  return (
    <span ref={rootRef} className="relative inline">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={() => setOpen((value) => !value)}
        className="border-accent-600 dark:border-accent-300 cursor-help border-b-2 border-dotted font-[inherit] text-[inherit]"
      >
        {children}
      </button>
      <span
        ref={popoverRef}
        id={popoverId}
        role="note"
        // The glossary is searchable on its own: its definitions must not make every lesson that uses a term a result.
        data-pagefind-ignore="all"
        hidden={!open}
        className="absolute top-full left-0 z-30 mt-2 block w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-[var(--border)] bg-[var(--bg)] p-3 text-left text-sm leading-relaxed font-normal text-[var(--fg)] shadow-lg max-sm:fixed max-sm:inset-x-3 max-sm:top-auto max-sm:bottom-3 max-sm:mt-0 max-sm:w-auto max-sm:max-w-none"
      >
        <span className="block font-semibold">{term}</span>
        <span className="mt-1 block">{definition}</span>
        <a
          href={`/glossary/#${id}`}
          className="text-accent-700 dark:text-accent-300 mt-2 inline-block underline"
        >
          In the glossary
        </a>
      </span>
    </span>
  );
}
