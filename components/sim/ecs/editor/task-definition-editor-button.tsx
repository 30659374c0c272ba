'use client';

import dynamic from 'next/dynamic';
import { EditorDialogButton } from '../../editor/editor-dialog-button';

// CodeMirror stays out of the lesson's first load and the simulator's chunk: it is fetched the
// first time the editor opens.
const TaskDefinitionEditorPanel = dynamic(
  () => import('./task-definition-editor-panel').then((module) => module.TaskDefinitionEditorPanel),
  { ssr: false, loading: () => <p role="status">Loading the editor…</p> },
);

/** Opens the task-definition editor. Must sit inside the ECS simulator's SimProvider. */
export function TaskDefinitionEditorButton() {
  return (
    <EditorDialogButton label="Task definition editor">
      <TaskDefinitionEditorPanel />
    </EditorDialogButton>
  );
}
