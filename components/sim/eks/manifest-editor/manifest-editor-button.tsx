'use client';

import dynamic from 'next/dynamic';
import { EditorDialogButton } from '../../editor/editor-dialog-button';

// CodeMirror stays out of the lesson's first load and the simulator's chunk: it is fetched the
// first time the editor opens.
const ManifestEditorPanel = dynamic(
  () => import('./manifest-editor-panel').then((module) => module.ManifestEditorPanel),
  { ssr: false, loading: () => <p role="status">Loading the editor…</p> },
);

/** Opens the manifest editor. Must sit inside the EKS simulator's SimProvider. */
export function ManifestEditorButton() {
  return (
    <EditorDialogButton label="Manifest editor">
      <ManifestEditorPanel />
    </EditorDialogButton>
  );
}
