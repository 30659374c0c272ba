'use client';

import { useRef, useState, type ReactNode } from 'react';
import { EditorDialog } from './editor-dialog';

/**
 * A quick-action button that opens an editor in a large dialog titled like the button. `children`
 * is the editor, rendered only while the dialog is open (so a next/dynamic panel loads on first open).
 */
export function EditorDialogButton({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        className="border-accent-600 hover:bg-accent-50 dark:border-accent-400 dark:hover:bg-accent-900/40 min-h-12 rounded-lg border-2 bg-[var(--bg)] px-4 py-2 text-left font-semibold"
      >
        {label}
      </button>
      <EditorDialog open={open} onClose={() => setOpen(false)} title={label} returnFocusTo={button}>
        {children}
      </EditorDialog>
    </>
  );
}
