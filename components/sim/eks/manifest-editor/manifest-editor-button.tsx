'use client';

import dynamic from 'next/dynamic';
import { useRef, useState } from 'react';
import { EditorDialog } from '../../editor/editor-dialog';

// CodeMirror stays out of the lesson's first load and the simulator's chunk: it is fetched the
// first time the editor opens.
const ManifestEditorPanel = dynamic(
  () => import('./manifest-editor-panel').then((module) => module.ManifestEditorPanel),
  { ssr: false, loading: () => <p role="status">Loading the editor…</p> },
);

/** Opens the manifest editor. Must sit inside the EKS simulator's SimProvider. */
export function ManifestEditorButton() {
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
        Manifest editor
      </button>
      <EditorDialog open={open} onClose={() => setOpen(false)} title="Manifest editor" returnFocusTo={button}>
        <ManifestEditorPanel />
      </EditorDialog>
    </>
  );
}
